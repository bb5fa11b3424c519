package com.rollkiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import javax.imageio.ImageIO;
import javax.swing.ImageIcon;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A drawing is read with its outside references off: an image it points at in another file or on
 * the network, and an external entity in its DOCTYPE, are never fetched, while what the file holds
 * itself (shapes, an image as {@code data:}) is drawn. A local web server counts any fetch.
 */
class IllustrationsOutsideTest {

    private static final Color INSIDE = new Color(0xFF0000);
    private static final Color EMBEDDED = new Color(0x00FF00);
    private static final Color OUTSIDE = new Color(0x0000FF);

    @TempDir
    Path dir;
    private HttpServer server;
    private final AtomicInteger fetches = new AtomicInteger();

    @BeforeEach
    void serve() throws Exception {
        byte[] png = png(OUTSIDE);
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            fetches.incrementAndGet();
            exchange.sendResponseHeaders(200, png.length);
            exchange.getResponseBody().write(png);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void imagesInOtherFilesOrOnTheNetworkAndExternalEntitiesAreNeverLoaded() throws Exception {
        Path outside = Files.write(dir.resolve("outside.png"), png(OUTSIDE));
        String web = "http://127.0.0.1:" + server.getAddress().getPort();
        String embedded = "data:image/png;base64," + Base64.getEncoder().encodeToString(png(EMBEDDED));
        Path drawing = Files.writeString(dir.resolve("drawing.svg"), """
                <?xml version="1.0"?>
                <!DOCTYPE svg [ <!ENTITY fetched SYSTEM "%s/entity"> ]>
                <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"
                     width="100" height="100" viewBox="0 0 100 100">
                  <rect x="0" y="0" width="25" height="100" fill="#FF0000"/>
                  <image x="25" y="0" width="25" height="100" href="%s"/>
                  <image x="50" y="0" width="25" height="50" href="%s"/>
                  <image x="50" y="50" width="25" height="50" xlink:href="outside.png"/>
                  <image x="75" y="0" width="25" height="100" xlink:href="%s/outside.png"/>
                  <text x="0" y="50">&fetched;</text>
                </svg>
                """.formatted(web, embedded, outside.toUri(), web));

        BufferedImage drawn = (BufferedImage) ((ImageIcon) new Illustrations(Map.of("calves", drawing.toUri().toURL()))
                .icon("calves", 100, 100).orElseThrow()).getImage();

        assertThat(fetches).as("nothing fetched from the network").hasValue(0);
        assertThat(count(drawn, INSIDE)).as("the drawing's own shapes").isGreaterThan(1000);
        assertThat(count(drawn, EMBEDDED)).as("an image held in the file itself").isGreaterThan(400);
        assertThat(count(drawn, OUTSIDE)).as("images from another file or the network").isZero();
    }

    private static int count(BufferedImage image, Color colour) {
        int n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                n += (image.getRGB(x, y) & 0xFFFFFF) == (colour.getRGB() & 0xFFFFFF) ? 1 : 0;
            }
        }
        return n;
    }

    private static byte[] png(Color colour) throws Exception {
        BufferedImage image = new BufferedImage(20, 20, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(colour);
        g.fillRect(0, 0, 20, 20);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
