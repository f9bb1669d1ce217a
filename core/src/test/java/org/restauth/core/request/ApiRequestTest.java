package org.restauth.core.request;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ApiRequestTest {

    @Test
    void first_repeatedKey_givesFirstAndCountCountsAll() {
        ApiRequest request = ApiRequest.builder().add("a", "1").add("b", "").add("a", "2").build();

        assertEquals(Optional.of("1"), request.first("a"));
        assertEquals(Optional.of(""), request.first("b"));
        assertEquals(Optional.empty(), request.first("c"));
        assertEquals(2, request.count("a"));
        assertEquals(List.of(new Param("a", "1"), new Param("b", ""), new Param("a", "2")), request.params());
    }

    @Test
    void method_pathMethod_winsOverParameter() {
        List<Param> params = List.of(new Param("method", "auth.getSession"));

        assertEquals(Optional.of("auth.getSession"), ApiRequest.of(params).method());
        assertEquals(Optional.of("auth.createToken"), ApiRequest.forPathMethod("auth.createToken", params).method());
        assertEquals(Optional.empty(), ApiRequest.of(List.of()).method());
    }
}
