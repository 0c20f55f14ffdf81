package io.shapegen.runtime.client;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which paths and queries skip {@code java.net.URI}: only those URI would take exactly as they are. */
class UriCharactersTest {
    @Test
    void encodedPathsAndQueriesPass() {
        for (String path : List.of("", "/", "/app-instances/arn%3Aaws%3Achime%3Aus-east-1%3A1234/users",
                "/a/b~c_d.e!$&'()*+,;=:@", "/%7e%7E")) {
            assertTrue(UriCharacters.isPath(path), path);
            URI.create("https://h" + path); // and URI agrees
        }
        assertTrue(UriCharacters.isQuery("max-results=10&next-token=a%2Fb&x=/?y"));
    }

    @Test
    void anythingElseIsLeftToUri() {
        for (String path : List.of("relative", "/with space", "/ü", "/100%", "/bad%zz", "/a%2", "/a#b", "/a[b]",
                "/a\\b", "/a\"b", "/a{b}")) {
            assertFalse(UriCharacters.isPath(path), path);
        }
        assertFalse(UriCharacters.isQuery("a=b c"));
        assertFalse(UriCharacters.isQuery("a=%"));
    }
}
