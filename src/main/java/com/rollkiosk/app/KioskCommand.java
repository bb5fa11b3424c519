package com.rollkiosk.app;

final class KioskCommand implements Command {
    @Override
    public int run(String[] args) {
        throw new UnsupportedOperationException("kiosk: not built yet");
    }
}
