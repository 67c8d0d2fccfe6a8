package org.causerie.whiteboard.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import javax.xml.parsers.DocumentBuilderFactory;

import org.causerie.testing.EjabberdExtension;
import org.causerie.testing.EjabberdServer;
import org.causerie.testing.workbench.Ui;
import org.causerie.whiteboard.Edit;
import org.causerie.whiteboard.Point;
import org.causerie.whiteboard.Shape;
import org.causerie.whiteboard.ShapeKind;
import org.causerie.whiteboard.Style;
import org.causerie.whiteboard.ui.internal.canvas.Geometry;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.PaletteData;
import org.eclipse.swt.graphics.RGB;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The editor's file commands in the real workbench (the file dialog answered by the
 * test, {@code BoardFiles.chooser}): export to SVG (the file parses and holds the
 * shapes) and PNG (it decodes, has the board's size and the shapes' colours where
 * they are), import a picture (bob sees the same image).
 */
@ExtendWith(EjabberdExtension.class)
class BoardFilesTest {

    private static BoardWorkbench bench;
    private static Ui ui;

    @BeforeAll
    static void start() throws Exception {
        bench = BoardWorkbench.get();
        ui = bench.ui;
    }

    @Test
    void exportsTheBoardToSvgAndPng(EjabberdServer server, @TempDir Path dir) throws Exception {
        try (RoomBoard board = RoomBoard.open(server, bench, "export")) {
            var boards = RoomBoard.boards();
            String rect = boards.edit(board.bobBoard, Edit.Add.of(ShapeKind.RECTANGLE,
                    List.of(new Point(40, 40), new Point(140, 100)), new Style("#d32f2f", 4, Optional.of("#ffcdd2"),
                            1))).orElseThrow();
            String line = boards.edit(board.bobBoard, Edit.Add.of(ShapeKind.LINE,
                    List.of(new Point(200, 50), new Point(300, 150)), new Style("#1976d2", 6, Optional.empty(), 1)))
                    .orElseThrow();
            String text = boards.edit(board.bobBoard, new Edit.Add(ShapeKind.TEXT, List.of(new Point(60, 200)),
                    Style.DEFAULT, Optional.of("Bonjour <&> \"tous\""), 24, Optional.empty())).orElseThrow();
            ui.waitFor("the three shapes in alice's editor", () -> board.editor.shown()
                    .filter(s -> s.shapes().size() == 3));
            Path svg = dir.resolve("board.svg");
            Path png = dir.resolve("board.png");
            ui.run(() -> board.editor.files().chooser((shell, style, extensions) -> {
                assertEquals(SWT.SAVE, style);
                return Optional.of((extensions.contains("svg") ? svg : png).toString());
            }));

            board.command("exportSvg");
            Document doc = DocumentBuilderFactory.newNSInstance().newDocumentBuilder().parse(svg.toFile());
            Element root = doc.getDocumentElement();
            assertEquals("svg", root.getLocalName());
            assertEquals("http://www.w3.org/2000/svg", root.getNamespaceURI());
            Element r = only(doc, "rect");
            assertEquals(List.of("40", "40", "100", "60", "#d32f2f", "4", "#ffcdd2"), List.of(r.getAttribute("x"),
                    r.getAttribute("y"), r.getAttribute("width"), r.getAttribute("height"), r.getAttribute("stroke"),
                    r.getAttribute("stroke-width"), r.getAttribute("fill")));
            Element l = only(doc, "line");
            assertEquals(List.of("200", "50", "300", "150", "#1976d2"), List.of(l.getAttribute("x1"),
                    l.getAttribute("y1"), l.getAttribute("x2"), l.getAttribute("y2"), l.getAttribute("stroke")));
            Element t = only(doc, "text");
            assertEquals("Bonjour <&> \"tous\"", t.getTextContent());
            assertEquals("24", t.getAttribute("font-size"));

            board.command("exportPng");
            ImageData image = new ImageLoader().load(png.toString())[0];
            List<Shape> shapes = board.editor.shown().orElseThrow().shapes();
            double[] area = area(shapes);
            assertEquals((int) (area[2] - area[0]), image.width, "the PNG is as wide as the board's shapes");
            assertEquals((int) (area[3] - area[1]), image.height, "and as high");
            assertEquals(Double.parseDouble(root.getAttribute("width")), image.width, "the SVG has the same size");
            assertColour(new RGB(0xff, 0xcd, 0xd2), pixel(image, 90 - area[0], 70 - area[1]), "inside the rectangle");
            assertColour(new RGB(0xd3, 0x2f, 0x2f), pixel(image, 40 - area[0], 70 - area[1]), "its border");
            assertColour(new RGB(0x19, 0x76, 0xd2), pixel(image, 250 - area[0], 100 - area[1]), "on the line");
            assertColour(new RGB(255, 255, 255), pixel(image, 250 - area[0], 40 - area[1]), "beside the line");
            assertTrue(darkPixels(image) > 30, "the text is drawn: " + darkPixels(image) + " dark pixels");
            assertTrue(List.of(rect, line, text).stream().allMatch(id -> shapes.stream()
                    .anyMatch(s -> s.id().equals(id))));
            ui.screenshot("whiteboard-export");
        }
    }

    @Test
    void importsAPictureThatBobSees(EjabberdServer server, @TempDir Path dir) throws Exception {
        try (RoomBoard board = RoomBoard.open(server, bench, "import")) {
            Path file = dir.resolve("picture.png");
            ImageData picture = new ImageData(60, 40, 24, new PaletteData(0xff0000, 0xff00, 0xff));
            for (int x = 0; x < 60; x++) {
                for (int y = 0; y < 40; y++) {
                    picture.setPixel(x, y, x < 10 && y < 10 ? 0 : 0x00c853);
                }
            }
            ImageLoader loader = new ImageLoader();
            loader.data = new ImageData[] {picture};
            loader.save(file.toString(), SWT.IMAGE_PNG);
            ui.run(() -> board.editor.files().chooser((shell, style, extensions) -> {
                assertEquals(SWT.OPEN, style);
                return Optional.of(file.toString());
            }));
            org.eclipse.swt.graphics.Point size = ui.read(() -> board.editor.canvas().control().getSize());
            Point centre = ui.read(() -> board.editor.canvas().view().toBoard(size.x / 2, size.y / 2));

            board.command("importImage");
            Shape image = board.shown("the picture on alice's board", s -> s.kind() == ShapeKind.IMAGE);
            String uri = image.image().orElseThrow();
            assertTrue(uri.startsWith("data:image/png;base64,"), uri.substring(0, 30));
            assertArrayEquals(Files.readAllBytes(file), Base64.getDecoder().decode(uri.substring(uri.indexOf(',') + 1)),
                    "the file's bytes, embedded");
            assertEquals(List.of(new Point(centre.x() - 30, centre.y() - 20), new Point(centre.x() + 30,
                    centre.y() + 20)), image.points(), "60 x 40 units in the middle of the view");
            Shape seen = board.bobSees("bob has the picture", s -> s.shape(image.id()).isPresent()).shape(image.id())
                    .orElseThrow();
            assertEquals(image.image(), seen.image());
            assertEquals(image.points(), seen.points());
            ImageData decoded = new ImageLoader().load(new ByteArrayInputStream(Base64.getDecoder()
                    .decode(uri.substring(uri.indexOf(',') + 1))))[0];
            assertEquals(60, decoded.width);
            ui.screenshot("whiteboard-import");
        }
    }

    private static Element only(Document doc, String name) {
        var list = doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", name);
        assertEquals(1, list.getLength(), "<" + name + "> elements");
        return (Element) list.item(0);
    }

    /** The area an export covers: what the shapes paint, with a margin of 10, on whole units. */
    private static double[] area(List<Shape> shapes) {
        double[] a = Geometry.bounds(shapes.get(0));
        for (Shape s : shapes) {
            a = Geometry.union(a, Geometry.bounds(s));
        }
        return new double[] {Math.floor(a[0] - 10), Math.floor(a[1] - 10), Math.ceil(a[2] + 10), Math.ceil(a[3] + 10)};
    }

    private static RGB pixel(ImageData image, double x, double y) {
        return image.palette.getRGB(image.getPixel((int) Math.round(x), (int) Math.round(y)));
    }

    private static void assertColour(RGB expected, RGB actual, String where) {
        int distance = Math.abs(expected.red - actual.red) + Math.abs(expected.green - actual.green)
                + Math.abs(expected.blue - actual.blue);
        assertTrue(distance <= 24, where + ": expected " + expected + ", found " + actual);
    }

    private static int darkPixels(ImageData image) {
        int dark = 0;
        for (int x = 0; x < image.width; x++) {
            for (int y = 0; y < image.height; y++) {
                RGB c = image.palette.getRGB(image.getPixel(x, y));
                if (c.red < 80 && c.green < 80 && c.blue < 80) {
                    dark++;
                }
            }
        }
        return dark;
    }
}
