package io.github.xaijava.examples;

import io.github.xaijava.XaiClient;
import io.github.xaijava.generated.model.ChatRequest;
import io.github.xaijava.generated.model.ChatResponse;
import io.github.xaijava.generated.model.ChatResponseChunk;
import io.github.xaijava.streaming.ChatStream;
import io.github.xaijava.structured.Description;
import io.github.xaijava.structured.ToolFunction;
import io.github.xaijava.tools.Toolbox;

/**
 * A streamed answer that asks for a tool: the chunks are printed as they come, the accumulated
 * answer holds the tool calls, and the tool loop then runs them and gets the final answer.
 */
public final class StreamWithTools {

  @Description("Current weather for a city")
  record GetWeather(String city) {}

  private StreamWithTools() {
  }

  public static void main(String[] args) {
    try (XaiClient client = XaiClient.fromEnv()) {
      ChatRequest request = ChatRequest.builder()
          .model("grok-4-fast")
          .addUserMessage("What's the weather in Rome?")
          .tools(java.util.List.of(ToolFunction.of(GetWeather.class).chatTool()))
          .build();
      try (ChatStream stream = client.chat().stream(request)) {
        for (ChatResponseChunk chunk : stream) {
          System.out.print(chunk.deltaText());
        }
        ChatResponse whole = stream.accumulated();
        whole.choices().get(0).message().toolCalls().forEach(call ->
            System.out.println("tool call: " + call.function().name() + " "
                + call.function().arguments()));
      }
      Toolbox tools = Toolbox.builder()
          .add(GetWeather.class, w -> "18 °C and sunny in " + w.city())
          .build();
      ChatResponse answer = client.chat().runTools(ChatRequest.builder()
          .model("grok-4-fast")
          .addUserMessage("What's the weather in Rome?")
          .build(), tools).response();
      System.out.println(answer.text());
    }
  }
}
