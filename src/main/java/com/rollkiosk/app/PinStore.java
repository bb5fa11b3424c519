package com.rollkiosk.app;

import com.rollkiosk.json.AtomicFiles;
import com.rollkiosk.ui.PinPresenter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * The staff PIN, kept as a salted PBKDF2 hash in {@code DATA/staff-pin}, one line:
 * {@code pbkdf2-sha256$ITERATIONS$SALT$HASH} (Base64). The PIN itself is never stored or logged.
 * Hashing takes a noticeable fraction of a second by design: call {@link #verify} off the event thread.
 * The cost is chosen in the README ("Staff mode"): the rate limit, not the hash, is what holds a
 * short PIN; a file hashed at another cost is rehashed at this one the next time its PIN is typed.
 */
final class PinStore {

    static final String FILE = "staff-pin";
    static final int MIN_DIGITS = 4;
    /** As many as the pad holds: a longer PIN could never be typed there. */
    static final int MAX_DIGITS = PinPresenter.MAX_DIGITS;
    /**
     * About a tenth of a second on a warm 2-core kiosk, a third of one on a cold busy one (README);
     * kept in the file, so a later change still reads old ones.
     */
    static final int ITERATIONS = 50_000;
    private static final String ALGORITHM = "PBKDF2WithHmacSHA256";
    private static final String SCHEME = "pbkdf2-sha256";
    private static final int SALT_BYTES = 16;
    private static final int HASH_BITS = 256;

    private final Path file;
    private final int iterations;

    PinStore(Path dataDir) {
        this(dataDir, ITERATIONS);
    }

    /** For tests: fewer iterations, so a test can check many PINs quickly. */
    PinStore(Path dataDir, int iterations) {
        this.file = dataDir.resolve(FILE);
        this.iterations = iterations;
    }

    Path file() {
        return file;
    }

    /** Why a PIN cannot be the staff PIN: each is something the pad could not type or that is too easy. */
    enum Problem {
        /** The pad has the keys 0 to 9 only. */
        NOT_DIGITS,
        TOO_SHORT,
        /** The pad stops taking digits at {@link #MAX_DIGITS}. */
        TOO_LONG
    }

    /** Why {@code pin} cannot be a staff PIN, or empty when it can. */
    static Optional<Problem> problem(char[] pin) {
        for (char c : pin) {
            if (c < '0' || c > '9') {
                return Optional.of(Problem.NOT_DIGITS);
            }
        }
        if (pin.length < MIN_DIGITS) {
            return Optional.of(Problem.TOO_SHORT);
        }
        if (pin.length > MAX_DIGITS) {
            return Optional.of(Problem.TOO_LONG);
        }
        return Optional.empty();
    }

    boolean isSet() {
        return Files.isRegularFile(file);
    }

    /** Saves the hash of {@code pin}, replacing any earlier one atomically. */
    void set(char[] pin) throws IOException {
        problem(pin).ifPresent(p -> {
            throw new IllegalArgumentException(p.name());
        });
        byte[] salt = new byte[SALT_BYTES];
        new SecureRandom().nextBytes(salt);
        Base64.Encoder b64 = Base64.getEncoder();
        String line = SCHEME + "$" + iterations + "$" + b64.encodeToString(salt) + "$"
                + b64.encodeToString(hash(pin, salt, iterations)) + "\n";
        AtomicFiles.writeSecret(file, line.getBytes(StandardCharsets.US_ASCII));
    }

    /** True when {@code pin} is the one saved; false when it is not, or none is. */
    boolean verify(char[] pin) throws IOException {
        if (!isSet()) {
            return false;
        }
        String[] parts = Files.readString(file, StandardCharsets.US_ASCII).trim().split("\\$");
        if (parts.length != 4 || !parts[0].equals(SCHEME)) {
            throw new IOException(file + " is not a PIN file this version reads");
        }
        try {
            Base64.Decoder b64 = Base64.getDecoder();
            byte[] expected = b64.decode(parts[3]);
            int cost = Integer.parseInt(parts[1]);
            boolean right = MessageDigest.isEqual(expected, hash(pin, b64.decode(parts[2]), cost));
            if (right && cost != iterations) {
                set(pin);
            }
            return right;
        } catch (IllegalArgumentException e) {
            throw new IOException(file + " is damaged: " + e.getMessage(), e);
        }
    }

    private static byte[] hash(char[] pin, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(pin, salt, iterations, HASH_BITS);
        try {
            return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(ALGORITHM + " is part of every Java 17", e);
        } finally {
            spec.clearPassword();
        }
    }

    /** Overwrites a PIN held in memory once it is no longer needed. */
    static void wipe(char[]... pins) {
        for (char[] pin : pins) {
            if (pin != null) {
                Arrays.fill(pin, '\0');
            }
        }
    }
}
