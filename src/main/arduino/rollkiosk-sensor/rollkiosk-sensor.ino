// RollKiosk roller sensor. Prints one reading per line at 115200 baud; see PROTOCOL.md and WIRING.md.
//
// Default: a force-sensitive resistor (FSR) in a divider on A0, 50 readings a second. It tells
// whether someone is on the roller; it saturates near 100 N, far below what people put through it.
// To measure the real load, wire a load cell through an HX711 and uncomment USE_HX711 below. The
// HX711 is read by bit-banging its two-wire protocol here, so no library needs installing.
// (CI builds both forms, passing -DUSE_HX711 for this one; see WIRING.md.)

// #define USE_HX711

const unsigned long BAUD = 115200;
const unsigned long PERIOD_MS = 20;  // 50 Hz

#ifdef USE_HX711
const uint8_t HX711_DT = 3;   // HX711 DOUT -> D3
const uint8_t HX711_SCK = 2;  // HX711 SCK  -> D2
// Set to match the board's RATE pin: LOW (the usual default) gives 10 Hz, HIGH gives 80 Hz.
const char *HX711_RATE = "10Hz";
#else
const uint8_t FSR_PIN = A0;
#endif

unsigned long nextSample;

#ifdef USE_HX711
// Reads one 24-bit two's-complement conversion, channel A gain 128 (25 clock pulses).
// The HX711 converts at only 10 or 80 Hz, so at 50 Hz a reading may repeat the last one; that is
// fine for the kiosk, which only needs a fresh value within its debounce time.
long readHx711() {
  static long last = 0;
  if (digitalRead(HX711_DT) == HIGH) {
    return last;  // no new conversion yet
  }
  unsigned long raw = 0;
  noInterrupts();  // SCK high for over 60 us powers the HX711 down
  for (uint8_t i = 0; i < 24; i++) {
    digitalWrite(HX711_SCK, HIGH);
    delayMicroseconds(1);
    raw = (raw << 1) | digitalRead(HX711_DT);
    digitalWrite(HX711_SCK, LOW);
    delayMicroseconds(1);
  }
  digitalWrite(HX711_SCK, HIGH);  // 25th pulse: channel A, gain 128 for the next conversion
  delayMicroseconds(1);
  digitalWrite(HX711_SCK, LOW);
  interrupts();
  if (raw & 0x800000UL) {
    raw |= 0xFF000000UL;  // sign-extend 24 to 32 bits
  }
  last = (long) raw;
  return last;
}
#endif

void setup() {
  Serial.begin(BAUD);
#ifdef USE_HX711
  pinMode(HX711_DT, INPUT);
  pinMode(HX711_SCK, OUTPUT);
  digitalWrite(HX711_SCK, LOW);
  Serial.print(F("# rollkiosk-sensor 1 hx711 "));
  Serial.println(HX711_RATE);
#else
  Serial.println(F("# rollkiosk-sensor 1 fsr 50Hz"));
#endif
  nextSample = millis();
}

void loop() {
  // Scheduled from millis() rather than delay(), so printing time does not stretch the period.
  if ((long) (millis() - nextSample) < 0) {
    return;
  }
  nextSample += PERIOD_MS;
#ifdef USE_HX711
  Serial.println(readHx711());
#else
  Serial.println(analogRead(FSR_PIN));
#endif
}
