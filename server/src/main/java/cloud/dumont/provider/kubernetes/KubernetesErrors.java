package cloud.dumont.provider.kubernetes;

import cloud.dumont.provider.ProviderException;
import io.fabric8.kubernetes.client.KubernetesClientException;

/**
 * Turns client errors into {@link ProviderException}s. A refusal keeps the API server's message as it is (for a
 * webhook: {@code admission webhook "vdynamographdeployment.kb.io" denied the request: ...}), since that tells the user
 * what to change.
 */
final class KubernetesErrors {

    private KubernetesErrors() {}

    static ProviderException translate(String action, KubernetesClientException e) {
        String message = e.getStatus() != null && e.getStatus().getMessage() != null
                ? e.getStatus().getMessage()
                : e.getMessage();
        int code = e.getCode();
        if (code == 401 || code == 403) {
            return new ProviderException(ProviderException.Kind.AUTH, action + ": " + message, e);
        }
        if (code >= 400 && code < 500 && code != 429) {
            return new ProviderException(ProviderException.Kind.REJECTED, message, e);
        }
        return new ProviderException(ProviderException.Kind.TRANSIENT, action + ": " + message, e);
    }
}
