/**
 * LLM deployments on Kubernetes through NVIDIA Dynamo: a catalog model and a configuration become a
 * {@code nvidia.com/v1alpha1 DynamoGraphDeployment}, checked against the operator's admission rules and a JSON Schema
 * of the CRD before anything is sent.
 */
package cloud.dumont.dynamo;
