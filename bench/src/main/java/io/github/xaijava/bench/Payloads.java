package io.github.xaijava.bench;

/** The payloads the benchmarks parse, shaped like real xAI traffic. */
final class Payloads {

  private Payloads() {
  }

  /** One chat completion chunk carrying {@code delta} and an optional finish reason. */
  static String chunkJson(String delta, String finishReason) {
    return "{\"id\":\"8f008308-984b-9603-8706-ebf37f518892_us-east-1\","
        + "\"object\":\"chat.completion.chunk\",\"created\":1773345555,"
        + "\"model\":\"grok-4-fast-reasoning\",\"choices\":[{\"index\":0,\"delta\":" + delta
        + (finishReason == null ? "" : ",\"finish_reason\":\"" + finishReason + "\"")
        + "}],\"system_fingerprint\":\"fp_3d7ed3b779\"}";
  }

  /** A chat stream of {@code events} data frames (role, tokens, finish) and {@code [DONE]}. */
  static String chatStream(int events) {
    StringBuilder sse = new StringBuilder(events * 240);
    sse.append("data: ").append(chunkJson("{\"role\":\"assistant\",\"content\":\"\"}", null))
        .append("\n\n");
    for (int i = 1; i < events - 1; i++) {
      sse.append("data: ").append(chunkJson("{\"content\":\"token" + i + " \"}", null))
          .append("\n\n");
    }
    sse.append("data: ").append(chunkJson("{}", "stop")).append("\n\n");
    sse.append("data: [DONE]\n\n");
    return sse.toString();
  }

  /** A responses-API answer with reasoning, web search, function call and message items. */
  static final String MODEL_RESPONSE = """
      {"id":"resp_1","object":"response","created_at":1760000000,"model":"grok-4","status":"completed",
       "output":[
        {"type":"reasoning","id":"rs_1","status":"completed",
         "summary":[{"type":"summary_text","text":"Searching first."}]},
        {"type":"web_search_call","id":"ws_1","status":"completed",
         "action":{"type":"search","query":"xai news","sources":[{"type":"url","url":"https://x.ai/news"}]}},
        {"type":"function_call","id":"fc_1","call_id":"call_9","name":"notify","arguments":"{}","status":"completed"},
        {"type":"message","id":"msg_1","role":"assistant","status":"completed",
         "content":[{"type":"output_text","text":"Done.","annotations":[]}]}],
       "usage":{"input_tokens":10,"output_tokens":5,"total_tokens":15}}
      """;
}
