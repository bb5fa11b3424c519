package com.rollkiosk.app;

final class CheckCommand implements Command {
    @Override
    public int run(String[] args) {
        throw new UnsupportedOperationException("check: not built yet");
    }
}
