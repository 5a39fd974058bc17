/** {@code dumont k8s}: catalog models on Kubernetes through NVIDIA Dynamo, and the clusters they run on. */
package cloud.dumont.cli.kubernetes;
