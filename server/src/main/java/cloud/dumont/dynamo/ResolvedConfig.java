package cloud.dumont.dynamo;

import java.util.List;

/** A configuration with every default filled in: what the manifest is made from. */
record ResolvedConfig(
        String modelId,
        String name,
        String namespace,
        DynamoEngine engine,
        boolean disaggregated,
        int replicas,
        String servedModelName,
        String routerMode,
        String hfTokenSecret,
        Integer contextLength,
        boolean enforceEager,
        Boolean prefixCaching,
        boolean trustRemoteCode,
        List<String> extraEngineArgs,
        int gpusPerReplica,
        String memory,
        String ephemeralStorage) {

    /** The same configuration without the user's extra args: what the form alone generates. */
    ResolvedConfig withoutExtraArgs() {
        return new ResolvedConfig(
                modelId,
                name,
                namespace,
                engine,
                disaggregated,
                replicas,
                servedModelName,
                routerMode,
                hfTokenSecret,
                contextLength,
                enforceEager,
                prefixCaching,
                trustRemoteCode,
                List.of(),
                gpusPerReplica,
                memory,
                ephemeralStorage);
    }
}
