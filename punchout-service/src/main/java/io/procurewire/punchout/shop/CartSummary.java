package io.procurewire.punchout.shop;

import io.quarkus.qute.TemplateData;

/**
 * What the header of the search and product pages shows of the cart ("Cart (n)"): the number of lines, read with the
 * session in one statement, so these pages load no cart lines.
 */
@TemplateData
public record CartSummary(int count) {
}
