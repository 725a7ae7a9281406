/**
 * Function calling from Java records: a {@link io.github.xaijava.tools.Toolbox} of functions and
 * their handlers, and the tool loop of {@code client.chat().runTools(request, toolbox)} and
 * {@code client.responses().runTools(...)}, which sends the request, runs the tools the model
 * asks for (in parallel when it asks for several), sends the results back and repeats until the
 * model answers.
 *
 * <pre>{@code
 * record GetWeather(String city) {}
 *
 * Toolbox tools = Toolbox.builder().add(GetWeather.class, w -> "18 °C in " + w.city()).build();
 * ChatResponse answer = client.chat().runTools(ChatRequest.builder().model("grok-4")
 *     .addUserMessage("Weather in Rome?").build(), tools).response();
 * }</pre>
 */
package io.github.xaijava.tools;
