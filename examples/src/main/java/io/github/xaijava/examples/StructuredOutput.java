package io.github.xaijava.examples;

import io.github.xaijava.XaiClient;
import io.github.xaijava.generated.model.ChatRequest;
import java.util.List;

/** JSON that fits a record, read back as the record. */
public final class StructuredOutput {

  record City(String name, String country) {}

  record Cities(List<City> cities) {}

  private StructuredOutput() {
  }

  public static void main(String[] args) {
    try (XaiClient client = XaiClient.fromEnv()) {
      Cities answer = client.chat().parse(ChatRequest.builder()
          .model("grok-4-fast")
          .addUserMessage("Name three cities on the Rhine.")
          .build(), Cities.class).value();
      answer.cities().forEach(c -> System.out.println(c.name() + ", " + c.country()));
    }
  }
}
