package cloud.dumont.api.deployment;

/**
 * The model's answer to a try-it chat request.
 *
 * @param model the model name the frontend answered as
 * @param content the assistant's message
 * @param finishReason why generation stopped ({@code stop}, {@code length})
 * @param promptTokens tokens in the request, as the frontend counted them
 * @param completionTokens tokens in the answer
 * @param latencyMs from Dumont sending the request to the answer
 * @param simulated true when the simulated cluster answered (no model ran)
 */
public record ChatResponse(
        String model,
        String content,
        String finishReason,
        Integer promptTokens,
        Integer completionTokens,
        long latencyMs,
        boolean simulated) {}
