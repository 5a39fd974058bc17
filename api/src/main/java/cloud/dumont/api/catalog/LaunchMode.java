package cloud.dumont.api.catalog;

/** How a template starts on a GPU host. */
public enum LaunchMode {
    /** The image's own ENTRYPOINT runs, with {@code launch_args} as its arguments (Vast.ai runtype {@code args}). */
    entrypoint,
    /** The provider's entrypoint (SSH/Jupyter) runs and {@code launch_command} is started after it (Vast.ai {@code onstart}). */
    onstart
}
