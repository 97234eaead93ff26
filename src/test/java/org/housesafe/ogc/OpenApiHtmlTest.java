package org.housesafe.ogc;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

/** The HTML rendering escapes every text it takes from the document. */
class OpenApiHtmlTest {
    private static final String EVIL = "<script>alert(\"x\")</script>&'";
    private static final String ESCAPED = "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&amp;&#39;";

    @Test
    void escapes_the_five_characters_that_matter_in_html() {
        assertThat(OpenApiHtml.escape(EVIL)).isEqualTo(ESCAPED);
    }

    @Test
    void text_from_every_part_of_the_document_is_escaped() throws Exception {
        String e = new ObjectMapper().writeValueAsString(EVIL);
        ObjectNode doc = (ObjectNode) new ObjectMapper().readTree("""
                {"openapi": "3.0.3", "info": {"title": %1$s, "version": %1$s, "description": %1$s},
                 "tags": [{"name": %1$s, "description": %1$s}],
                 "paths": {"/x/{id}": {"get": {"tags": [%1$s], "operationId": %1$s, "summary": %1$s, "description": %1$s,
                   "parameters": [{"name": %1$s, "in": "query", "description": %1$s, "schema": {"type": "string", "enum": [%1$s]}},
                                  {"$ref": "#/components/parameters/p"}],
                   "requestBody": {"content": {%1$s: {"schema": {"type": "object"}}}},
                   "responses": {"200": {"description": %1$s, "content": {%1$s: {}}}}}}},
                 "components": {"parameters": {"p": {"name": %1$s, "in": "header", "schema": {"$ref": %1$s}}},
                   "securitySchemes": {%1$s: {"type": "http", "scheme": %1$s, "description": %1$s}},
                   "schemas": {%1$s: {"description": %1$s}}}}
                """.formatted(e));
        String html = OpenApiHtml.render(doc, "/ogc/api?f=json&x=" + EVIL);
        assertThat(html).doesNotContain("<script", "\"x\"", "alert(\"");
        assertThat(html).contains(ESCAPED);
        assertThat(html).contains("<code>GET /x/{id}</code>");
    }
}
