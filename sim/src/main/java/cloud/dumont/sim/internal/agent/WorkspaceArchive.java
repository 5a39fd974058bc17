package cloud.dumont.sim.internal.agent;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The snapshot archive, as the real agent makes it with {@code tar czf}: a POSIX ustar stream of regular files,
 * gzip-compressed. Written by hand because the simulator has no other use for a tar library; paths up to 255 bytes
 * (ustar's prefix plus name), which is all a simulated workspace needs.
 */
final class WorkspaceArchive {

    private static final int BLOCK = 512;

    private WorkspaceArchive() {}

    static byte[] pack(SortedMap<String, byte[]> files) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                gzip.write(header(file.getKey(), file.getValue().length));
                gzip.write(file.getValue());
                gzip.write(new byte[padding(file.getValue().length)]);
            }
            gzip.write(new byte[2 * BLOCK]);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static SortedMap<String, byte[]> unpack(byte[] archive) throws IOException {
        SortedMap<String, byte[]> files = new TreeMap<>();
        try (DataInputStream in = new DataInputStream(new GZIPInputStream(new ByteArrayInputStream(archive)))) {
            byte[] header = new byte[BLOCK];
            while (true) {
                in.readFully(header);
                if (allZero(header)) {
                    return files;
                }
                String name = field(header, 0, 100);
                String prefix = field(header, 345, 155);
                long size = Long.parseLong(field(header, 124, 12).trim(), 8);
                byte[] content = new byte[Math.toIntExact(size)];
                in.readFully(content);
                skip(in, padding(content.length));
                if (header[156] == '0' || header[156] == 0) {
                    files.put(prefix.isEmpty() ? name : prefix + "/" + name, content);
                }
            }
        }
    }

    private static byte[] header(String path, long size) {
        byte[] header = new byte[BLOCK];
        byte[] bytes = path.getBytes(StandardCharsets.UTF_8);
        String name = path;
        String prefix = "";
        if (bytes.length > 100) {
            int cut = path.lastIndexOf('/', 155);
            if (cut <= 0 || path.substring(cut + 1).getBytes(StandardCharsets.UTF_8).length > 100) {
                throw new IllegalArgumentException("path too long for the simulated archive: " + path);
            }
            prefix = path.substring(0, cut);
            name = path.substring(cut + 1);
        }
        put(header, 0, name);
        put(header, 100, "0000644");
        put(header, 108, "0000000");
        put(header, 116, "0000000");
        put(header, 124, "%011o".formatted(size));
        put(header, 136, "%011o".formatted(0));
        Arrays.fill(header, 148, 156, (byte) ' ');
        header[156] = '0';
        put(header, 257, "ustar");
        put(header, 263, "00");
        put(header, 345, prefix);
        long sum = 0;
        for (byte b : header) {
            sum += b & 0xff;
        }
        put(header, 148, "%06o".formatted(sum));
        header[155] = ' ';
        return header;
    }

    private static void put(byte[] header, int offset, String value) {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        System.arraycopy(bytes, 0, header, offset, bytes.length);
    }

    private static String field(byte[] header, int offset, int length) {
        int end = offset;
        while (end < offset + length && header[end] != 0) {
            end++;
        }
        return new String(header, offset, end - offset, StandardCharsets.UTF_8);
    }

    private static int padding(long size) {
        return (int) ((BLOCK - size % BLOCK) % BLOCK);
    }

    private static void skip(InputStream in, int n) throws IOException {
        in.readNBytes(n);
    }

    private static boolean allZero(byte[] block) {
        for (byte b : block) {
            if (b != 0) {
                return false;
            }
        }
        return true;
    }
}
