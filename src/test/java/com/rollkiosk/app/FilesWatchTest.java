package com.rollkiosk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What counts as a change to the files the out-of-order screen waits on. */
class FilesWatchTest {

    @TempDir
    Path dir;

    @Test
    void anEditANewFileAFileThatAppearsAndOneThatGoesAreChangesAndNothingElseIs() throws Exception {
        Path config = dir.resolve("config/kiosk.json");
        Path content = Files.createDirectories(dir.resolve("content/en"));
        Path regions = Files.writeString(content.resolve("regions.json"), "{}");
        FilesWatch watch = new FilesWatch(List.of(config, dir.resolve("content")));
        String before = watch.fingerprint();
        assertThat(watch.fingerprint()).as("unchanged").isEqualTo(before);

        Files.createDirectories(config.getParent());
        Files.writeString(config, "{}");
        String withConfig = watch.fingerprint();
        assertThat(withConfig).as("a config that appears").isNotEqualTo(before);

        Files.setLastModifiedTime(regions, FileTime.fromMillis(Files.getLastModifiedTime(regions).toMillis() + 2000));
        String edited = watch.fingerprint();
        assertThat(edited).as("an edit, even of the same size").isNotEqualTo(withConfig);

        Files.writeString(dir.resolve("content/en/guide.json"), "{}");
        String added = watch.fingerprint();
        assertThat(added).as("a new file in the folder").isNotEqualTo(edited);

        Files.delete(config);
        assertThat(watch.fingerprint()).as("a file that goes").isNotEqualTo(added);
    }
}
