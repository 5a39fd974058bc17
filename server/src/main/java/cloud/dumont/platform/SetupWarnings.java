package cloud.dumont.platform;

/** Set-up problems an operator must fix before exposing the server; the UI shows them as banners. */
public interface SetupWarnings {

    /** True while an administrator can still sign in with the documented local-use password. */
    boolean defaultAdminCredentials();
}
