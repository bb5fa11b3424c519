package com.rollkiosk.app;

final class MonitorCommand implements Command {
    @Override
    public int run(String[] args) {
        throw new UnsupportedOperationException("monitor: not built yet");
    }
}
