package com.rollkiosk.content;

import static org.assertj.core.api.Assertions.assertThat;

import com.rollkiosk.json.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A drawing's path in the content must stay inside the content folder: a path that climbs out,
 * an absolute one, or a link that leads out is a problem at the path's place, even when the file
 * it names exists and is a good SVG.
 */
class IllustrationContainmentTest {

    private static final String CALVES = "\"illustration\": \"illustrations/calves.svg\"";

    @TempDir
    Path root;

    private ContentCopy copy;
    /** A good drawing outside the content folder, where a path that escapes would find it. */
    private Path outside;

    private List<Problem> problemsWithCalvesAt(String path) throws IOException {
        copy = ContentCopy.of(Files.createDirectories(root.resolve("content")));
        outside = Files.copy(copy.dir.resolve("illustrations/calves.svg"), root.resolve("outside.svg"));
        String json = "\"illustration\": \"" + path.replace("\\", "\\\\") + "\"";
        copy.replace("en/regions.json", CALVES, json);
        copy.replace("de/regions.json", CALVES, json);
        return copy.problems();
    }

    private void refusedAtThePath(List<Problem> problems, String says) throws IOException {
        assertThat(problems).as("each language names the drawing").hasSize(2).allSatisfy(p -> {
            assertThat(p.field()).isEqualTo("regions[0].illustration");
            assertThat(p.message()).contains(says);
            assertThat(copy.lineOf(p).substring(p.column() - 1)).startsWith("\"illustrations/");
        });
    }

    private void refused(List<Problem> problems, String says) {
        assertThat(problems).hasSize(2).allSatisfy(p -> {
            assertThat(p.field()).isEqualTo("regions[0].illustration");
            assertThat(p.message()).contains(says);
            assertThat(p.line()).isEqualTo(12);
        });
    }

    @Test
    void aPathClimbingOutOfTheFolderIsRefusedThoughTheFileExists() throws IOException {
        List<Problem> problems = problemsWithCalvesAt("../outside.svg");
        assertThat(outside).exists();
        refused(problems, "must be a path inside the content folder");
    }

    @Test
    void aPathThatClimbsAndComesBackIsRefusedToo() throws IOException {
        refused(problemsWithCalvesAt("illustrations/../../content/illustrations/calves.svg"),
                "must be a path inside the content folder");
    }

    @Test
    void anAbsolutePathIsRefused() throws IOException {
        refused(problemsWithCalvesAt(root.resolve("outside.svg").toAbsolutePath().toString()),
                "must be a path inside the content folder");
    }

    @Test
    void aLinkLeadingOutOfTheFolderIsRefused() throws IOException {
        copy = ContentCopy.of(Files.createDirectories(root.resolve("content")));
        outside = Files.copy(copy.dir.resolve("illustrations/calves.svg"), root.resolve("outside.svg"));
        Files.createSymbolicLink(copy.dir.resolve("illustrations/linked.svg"), outside);
        copy.replace("en/regions.json", CALVES, "\"illustration\": \"illustrations/linked.svg\"");
        copy.replace("de/regions.json", CALVES, "\"illustration\": \"illustrations/linked.svg\"");
        refusedAtThePath(copy.problems(), "leads out of the content folder through a link");
    }

    @Test
    void aLinkThatStaysInsideIsFine() throws Exception {
        copy = ContentCopy.of(Files.createDirectories(root.resolve("content")));
        Files.createSymbolicLink(copy.dir.resolve("illustrations/linked.svg"), Path.of("calves.svg"));
        copy.replace("en/regions.json", CALVES, "\"illustration\": \"illustrations/linked.svg\"");
        copy.replace("de/regions.json", CALVES, "\"illustration\": \"illustrations/linked.svg\"");
        assertThat(ContentLoader.load(copy.dir, "en").first().regions().get(0).illustration())
                .isEqualTo("illustrations/linked.svg");
    }
}
