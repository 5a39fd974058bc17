package cloud.dumont.cli.output;

import java.io.PrintWriter;

/** Something drawn for a person in {@code -o table} mode. */
public interface Rendered {

    void render(PrintWriter out);
}
