package com.rollkiosk.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.rollkiosk.config.ConfigLoader;
import com.rollkiosk.content.ContentLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where files are found when not named: beside the jar, else built in; never the current folder. */
class StaffFilesTest {

    @TempDir
    Path install;

    @Test
    void filesInstalledBesideTheJarAreUsed() throws Exception {
        Files.createDirectories(install.resolve("config"));
        Files.writeString(install.resolve(StaffFiles.CONFIG), "{ \"hold\": { \"maximalSeconds\": 45 } }");
        Files.createDirectories(install.resolve("content"));
        StaffFiles files = new StaffFiles(install);

        assertThat(files.config(Optional.empty()))
                .isEqualTo(new StaffFiles.Found(install.resolve(StaffFiles.CONFIG), "beside the jar"));
        assertThat(files.content(Optional.empty()).path()).isEqualTo(install.resolve("content"));
        assertThat(files.loadConfig(Optional.empty()).hold().maximalSeconds()).isEqualTo(45);
    }

    @Test
    void withNothingBesideTheJarTheBuiltInCopiesLoad() throws Exception {
        StaffFiles files = new StaffFiles(install);

        StaffFiles.Found config = files.config(Optional.empty());
        StaffFiles.Found content = files.content(Optional.empty());
        assertThat(config.origin()).isEqualTo("built in");
        assertThat(content.origin()).isEqualTo("built in");
        assertThat(ConfigLoader.load(config.path()).hold().maximalSeconds()).isEqualTo(30);
        assertThat(ContentLoader.load(content.path(), "en").first().regions()).isNotEmpty();
    }

    @Test
    void aNamedFileIsTakenAsGivenEvenWhenMissing() {
        StaffFiles.Found named = new StaffFiles(install).config(Optional.of("elsewhere/kiosk.json"));
        assertThat(named).isEqualTo(new StaffFiles.Found(Path.of("elsewhere/kiosk.json"), "given"));
    }

    @Test
    void theInstallFolderIsTheJarsFolderOrTheProjectAroundABuild() throws Exception {
        assertThat(StaffFiles.installFolder(install.resolve("rollkiosk.jar"))).isEqualTo(install);
        Files.writeString(install.resolve("pom.xml"), "<project/>");
        assertThat(StaffFiles.installFolder(install.resolve("target/rollkiosk.jar"))).isEqualTo(install);
        assertThat(StaffFiles.installFolder(install.resolve("target/classes"))).isEqualTo(install);
        assertThat(StaffFiles.installFolder(install.resolve("opt/target/rollkiosk.jar")))
                .isEqualTo(install.resolve("opt/target"));
    }

    @Test
    void aNamedDataFolderIsCreated() {
        Path data = install.resolve("a/b/data");
        assertThat(StaffFiles.data(Optional.of(data.toString()))).isEqualTo(new StaffFiles.Found(data, "given"));
        assertThat(data).isDirectory();
    }

    @Test
    void aHomeFolderThatRefusesLeavesTheKioskWithoutADataFolderNotWithOneElsewhere() throws Exception {
        Path home = Files.writeString(install.resolve("home-is-a-file"), "");
        StaffFiles.Found data = StaffFiles.data(Optional.empty(), home);
        assertThat(data.path()).isEqualTo(home.resolve(".rollkiosk"));
        assertThat(data.origin()).contains(StaffFiles.CANNOT_CREATE);
        assertThat(KioskDiagnostics.file(data).origin()).isEqualTo(com.rollkiosk.ui.DiagnosticsSource.Origin.CANNOT_CREATE);
        assertThat(new PinStore(data.path()).isSet()).as("no staff PIN from anywhere").isFalse();
    }

    @Test
    void aHomeFolderThatTakesItGetsTheDataFolder() {
        StaffFiles.Found data = StaffFiles.data(Optional.empty(), install);
        assertThat(data).isEqualTo(new StaffFiles.Found(install.resolve(".rollkiosk"), StaffFiles.PER_USER));
        assertThat(data.path()).isDirectory();
    }
}
