package io.github.xaijava.soak;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * The calls of one soak phase, decided before it starts from the seed alone, so that a failing
 * call can be replayed: shapes shuffled, a fault at random for {@code faultRate} of them, then
 * every fault kind given to at least one call of every shape it applies to (a short run must not
 * depend on luck to meet each kind).
 */
final class SoakPlan {

  private static final int[] SERVER_ERRORS = {500, 502, 503};

  private SoakPlan() {
  }

  static List<PlannedCall> make(String idPrefix, int calls, int streams, double faultRate,
      long seed) {
    Random random = new Random(seed);
    List<Boolean> streamed = new ArrayList<>(calls + streams);
    streamed.addAll(Collections.nCopies(calls, false));
    streamed.addAll(Collections.nCopies(streams, true));
    Collections.shuffle(streamed, random);
    List<PlannedCall> plan = new ArrayList<>(streamed.size());
    for (int i = 0; i < streamed.size(); i++) {
      boolean async = random.nextInt(4) == 0;
      CallShape shape = streamed.get(i)
          ? async ? CallShape.STREAM_ASYNC : CallShape.STREAM
          : async ? CallShape.CREATE_ASYNC : CallShape.CREATE;
      PlannedCall call = new PlannedCall(idPrefix + i, shape, null, 0);
      if (random.nextDouble() < faultRate) {
        List<FaultKind> kinds = applicable(shape);
        call = withFault(call, kinds.get(random.nextInt(kinds.size())), random);
      }
      plan.add(call);
    }
    for (FaultKind kind : FaultKind.values()) {
      for (CallShape shape : CallShape.values()) {
        if (kind.appliesTo(shape) && !planned(plan, kind, shape)) {
          List<Integer> free = new ArrayList<>();
          for (int i = 0; i < plan.size(); i++) {
            if (plan.get(i).fault() == null && plan.get(i).shape() == shape) {
              free.add(i);
            }
          }
          if (!free.isEmpty()) {
            int at = free.get(random.nextInt(free.size()));
            plan.set(at, withFault(plan.get(at), kind, random));
          }
        }
      }
    }
    return List.copyOf(plan);
  }

  private static boolean planned(List<PlannedCall> plan, FaultKind kind, CallShape shape) {
    return plan.stream().anyMatch(c -> c.fault() == kind && c.shape() == shape);
  }

  private static List<FaultKind> applicable(CallShape shape) {
    List<FaultKind> kinds = new ArrayList<>();
    for (FaultKind k : FaultKind.values()) {
      if (k.appliesTo(shape)) {
        kinds.add(k);
      }
    }
    return kinds;
  }

  private static PlannedCall withFault(PlannedCall call, FaultKind kind, Random random) {
    int detail = switch (kind) {
      case SERVER_ERROR_ONCE, SERVER_ERROR_ALWAYS ->
          SERVER_ERRORS[random.nextInt(SERVER_ERRORS.length)];
      // Fewer events than any answer has (its text alone is more than 3 tokens).
      case STREAM_CUT, ERROR_FRAME -> random.nextInt(4);
      default -> 0;
    };
    return call.withFault(kind, detail);
  }
}
