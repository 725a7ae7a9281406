package io.github.xaijava.opentelemetry;

import static io.opentelemetry.api.common.AttributeKey.booleanKey;
import static io.opentelemetry.api.common.AttributeKey.doubleKey;
import static io.opentelemetry.api.common.AttributeKey.longKey;
import static io.opentelemetry.api.common.AttributeKey.stringArrayKey;
import static io.opentelemetry.api.common.AttributeKey.stringKey;

import io.opentelemetry.api.common.AttributeKey;
import java.util.List;

/**
 * The attribute names this module records: the GenAI semantic conventions' (all of them in
 * "development" status, so defined here rather than taken from the alpha semconv artifact, whose
 * names may change under us), the two {@code server.*} and {@code error.type} of the general
 * conventions, and one of our own for xAI's cost.
 */
final class GenAi {

  /** {@code gen_ai.provider.name} for xAI, a well-known value since semconv 1.37. */
  static final String PROVIDER = "x_ai";

  static final AttributeKey<String> OPERATION_NAME = stringKey("gen_ai.operation.name");
  static final AttributeKey<String> PROVIDER_NAME = stringKey("gen_ai.provider.name");

  static final AttributeKey<String> REQUEST_MODEL = stringKey("gen_ai.request.model");
  static final AttributeKey<Long> REQUEST_MAX_TOKENS = longKey("gen_ai.request.max_tokens");
  static final AttributeKey<Double> REQUEST_TEMPERATURE = doubleKey("gen_ai.request.temperature");
  static final AttributeKey<Double> REQUEST_TOP_P = doubleKey("gen_ai.request.top_p");
  static final AttributeKey<Double> REQUEST_TOP_K = doubleKey("gen_ai.request.top_k");
  static final AttributeKey<Double> REQUEST_FREQUENCY_PENALTY =
      doubleKey("gen_ai.request.frequency_penalty");
  static final AttributeKey<Double> REQUEST_PRESENCE_PENALTY =
      doubleKey("gen_ai.request.presence_penalty");
  static final AttributeKey<List<String>> REQUEST_STOP_SEQUENCES =
      stringArrayKey("gen_ai.request.stop_sequences");
  static final AttributeKey<Long> REQUEST_SEED = longKey("gen_ai.request.seed");
  static final AttributeKey<Long> REQUEST_CHOICE_COUNT = longKey("gen_ai.request.choice.count");
  static final AttributeKey<Boolean> REQUEST_STREAM = booleanKey("gen_ai.request.stream");
  static final AttributeKey<String> REQUEST_REASONING_LEVEL =
      stringKey("gen_ai.request.reasoning.level");
  static final AttributeKey<List<String>> REQUEST_ENCODING_FORMATS =
      stringArrayKey("gen_ai.request.encoding_formats");
  static final AttributeKey<Long> EMBEDDINGS_DIMENSION_COUNT =
      longKey("gen_ai.embeddings.dimension.count");
  static final AttributeKey<String> OUTPUT_TYPE = stringKey("gen_ai.output.type");

  static final AttributeKey<String> RESPONSE_ID = stringKey("gen_ai.response.id");
  static final AttributeKey<String> RESPONSE_MODEL = stringKey("gen_ai.response.model");
  static final AttributeKey<List<String>> RESPONSE_FINISH_REASONS =
      stringArrayKey("gen_ai.response.finish_reasons");
  static final AttributeKey<Double> RESPONSE_TIME_TO_FIRST_CHUNK =
      doubleKey("gen_ai.response.time_to_first_chunk");

  static final AttributeKey<Long> USAGE_INPUT_TOKENS = longKey("gen_ai.usage.input_tokens");
  static final AttributeKey<Long> USAGE_OUTPUT_TOKENS = longKey("gen_ai.usage.output_tokens");
  static final AttributeKey<Long> USAGE_CACHE_READ_INPUT_TOKENS =
      longKey("gen_ai.usage.cache_read.input_tokens");
  static final AttributeKey<Long> USAGE_REASONING_OUTPUT_TOKENS =
      longKey("gen_ai.usage.reasoning.output_tokens");
  /** Ours: what xAI charged, in its ticks (10^10 ticks = 1 USD); no convention has a cost yet. */
  static final AttributeKey<Long> XAI_USAGE_COST_IN_USD_TICKS =
      longKey("xai.usage.cost_in_usd_ticks");

  static final AttributeKey<String> SYSTEM_INSTRUCTIONS = stringKey("gen_ai.system_instructions");
  static final AttributeKey<String> INPUT_MESSAGES = stringKey("gen_ai.input.messages");
  static final AttributeKey<String> OUTPUT_MESSAGES = stringKey("gen_ai.output.messages");

  static final AttributeKey<String> TOKEN_TYPE = stringKey("gen_ai.token.type");

  static final AttributeKey<String> SERVER_ADDRESS = stringKey("server.address");
  static final AttributeKey<Long> SERVER_PORT = longKey("server.port");
  static final AttributeKey<String> ERROR_TYPE = stringKey("error.type");

  private GenAi() {
  }
}
