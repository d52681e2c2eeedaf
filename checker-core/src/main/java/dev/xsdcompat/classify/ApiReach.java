package dev.xsdcompat.classify;

import java.util.List;
import java.util.stream.Stream;

/** The APIs whose requests and whose responses reach a changed component, each list sorted. */
public record ApiReach(List<String> request, List<String> response) {

    public static final ApiReach NONE = new ApiReach(List.of(), List.of());

    public ApiReach {
        request = request.stream().sorted().distinct().toList();
        response = response.stream().sorted().distinct().toList();
    }

    /** Both directions together, sorted. */
    public List<String> all() {
        return Stream.concat(request.stream(), response.stream()).sorted().distinct().toList();
    }
}
