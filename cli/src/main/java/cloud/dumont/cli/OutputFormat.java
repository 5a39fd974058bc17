package cloud.dumont.cli;

/** How results are written to standard output: aligned columns for people, JSON or YAML for programs. */
public enum OutputFormat {
    table,
    json,
    yaml
}
