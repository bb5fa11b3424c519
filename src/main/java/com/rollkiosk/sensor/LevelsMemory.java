package com.rollkiosk.sensor;

import com.rollkiosk.domain.RollerLevels;

/**
 * Where the empty roller's levels are kept between connections and restarts. Both calls come on the
 * source's thread: quick, and never blocking on a disk.
 */
public interface LevelsMemory {

    /** Remembers nothing: a simulated or replayed roller, or a command that must leave no trace. */
    LevelsMemory NONE = new LevelsMemory() {
        @Override
        public RollerLevels recall() {
            return null;
        }

        @Override
        public void remember(RollerLevels levels) {
        }
    };

    /** The levels last remembered, or null. */
    RollerLevels recall();

    /** Levels of a stretch the roller was surely empty, to be kept. */
    void remember(RollerLevels levels);
}
