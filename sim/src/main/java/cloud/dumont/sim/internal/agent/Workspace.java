package cloud.dumont.sim.internal.agent;

import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A simulated instance's workspace volume: files by relative path ({@code notebooks/a.ipynb}). The Jupyter app reads
 * and writes it; the agent archives it into a snapshot and restores it from one. Thread-safe.
 */
public final class Workspace {

    private final SortedMap<String, byte[]> files = new TreeMap<>();

    public synchronized void write(String path, byte[] content) {
        files.put(normalise(path), content.clone());
    }

    /** The file's content, or null when there is none. */
    public synchronized byte[] read(String path) {
        byte[] content = files.get(normalise(path));
        return content == null ? null : content.clone();
    }

    public synchronized SortedMap<String, byte[]> snapshot() {
        SortedMap<String, byte[]> copy = new TreeMap<>();
        files.forEach((k, v) -> copy.put(k, v.clone()));
        return copy;
    }

    /** Replaces everything with {@code restored}, as unpacking a snapshot into an empty volume does. */
    public synchronized void replaceWith(Map<String, byte[]> restored) {
        files.clear();
        restored.forEach((k, v) -> files.put(normalise(k), v.clone()));
    }

    public synchronized long bytes() {
        return files.values().stream().mapToLong(b -> b.length).sum();
    }

    /** A relative path without leading slashes; {@code ..} segments are refused, as a volume has no outside. */
    static String normalise(String path) {
        String p = path.replace('\\', '/');
        while (p.startsWith("/")) {
            p = p.substring(1);
        }
        for (String segment : p.split("/")) {
            if (segment.equals("..") || segment.isEmpty() && !p.isEmpty()) {
                throw new IllegalArgumentException("not a workspace path: " + path);
            }
        }
        if (p.isEmpty()) {
            throw new IllegalArgumentException("empty workspace path");
        }
        return p;
    }
}
