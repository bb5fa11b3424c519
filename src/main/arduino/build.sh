#!/usr/bin/env bash
# Compiles the roller sketch for an Arduino Uno in both its forms (FSR, and HX711 with USE_HX711
# defined), with Debian's packaged Arduino toolchain, so that a change which breaks either form
# fails CI. Then runs each firmware on a simulated ATmega328P (simavr) and checks that what it
# prints on the UART is our protocol: the hello line, then bare integers, CRLF-terminated.
#
# Usage: src/main/arduino/build.sh [BUILD_DIR]   (default: target/arduino)
# Installs arduino-builder, arduino-core-avr and simavr with apt-get when they are missing.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
out="${1:-$root/target/arduino}"
sketch="$here/rollkiosk-sensor/rollkiosk-sensor.ino"
hardware=/usr/share/arduino/hardware
# Debian 12's avr-gcc 5.4 defines DECIMAL_DIG in <float.h> for C99 only, not for C++11, but the
# packaged core's WString.cpp (1.8.7) needs it there. Give it the compiler's own value instead of
# patching the system's core.
workaround="-DDECIMAL_DIG=__DECIMAL_DIG__"

need=()
command -v arduino-builder >/dev/null 2>&1 || need+=(arduino-builder)
[ -f "$hardware/arduino/avr/platform.txt" ] || need+=(arduino-core-avr)
command -v simavr >/dev/null 2>&1 || need+=(simavr)
if [ ${#need[@]} -gt 0 ]; then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

# build FORM EXTRA_FLAGS: compiles into $out/FORM; on failure prints the compiler's output.
build() {
  local form="$1" flags="$2" dir="$out/$1"
  rm -rf "$dir" && mkdir -p "$dir"
  # The builder's own platform.txt (second -hardware) supplies the ctags recipe for prototypes.
  if ! arduino-builder -hardware "$hardware" -hardware /usr/share/arduino-builder \
      -tools /usr/bin -fqbn arduino:avr:uno -ide-version 10819 -build-path "$dir" \
      "-prefs=compiler.cpp.extra_flags=$workaround $flags" "$sketch" >"$dir/build.log" 2>&1; then
    cat "$dir/build.log" >&2
    echo "sketch $form: build FAILED" >&2
    return 1
  fi
  # Berkeley format: text data bss. Flash holds text+data; RAM at start is data+bss.
  avr-size -B "$dir/rollkiosk-sensor.ino.elf" | awk -v form="$form" \
    'NR==2 { printf "sketch %s: flash %d B of 32256, RAM %d B of 2048\n", form, $1+$2, $2+$3 }'
}

# simulate FORM HELLO: runs $out/FORM's firmware until it has printed a dozen lines and checks
# them. simavr prints each UART line on stderr, in colour, with CR and LF shown as dots.
simulate() {
  local form="$1" hello="$2" lines
  lines="$( (timeout 20 simavr -m atmega328p -f 16000000 "$out/$form/rollkiosk-sensor.ino.elf" \
      2>&1 >/dev/null || true) | sed -u 's/\x1b\[[0-9;]*m//g' | head -n 12 || true)"
  printf '%s\n' "$lines" >"$out/$form/uart.txt"
  local first samples
  first="$(head -n 1 <<<"$lines")"
  samples="$(tail -n +2 <<<"$lines" | grep -c -E '^-?[0-9]+\.\.$' || true)"
  if [ "$first" != "$hello.." ] || [ "$samples" -ne 11 ]; then
    echo "sketch $form: simulated UART output is not the protocol; expected '$hello' then" \
      "11 integer lines, got:" >&2
    printf '%s\n' "$lines" >&2
    return 1
  fi
  echo "sketch $form: simavr prints '$hello' then integers, e.g. $(sed -n 2p <<<"$lines" | tr -d .)"
}

build fsr ""
build hx711 "-DUSE_HX711"
simulate fsr "# rollkiosk-sensor 1 fsr 50Hz"
simulate hx711 "# rollkiosk-sensor 1 hx711 10Hz"
