package io.procurewire.punchout.shop;

import io.procurewire.punchout.PunchoutConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import java.net.URI;
import java.util.regex.Pattern;

/**
 * The supplier's branding as the shop's pages use it ({@code inject:branding} in the templates). Checked at start:
 * colours go into a style attribute and the logo into an img tag, so anything but a hex colour and an http(s) URL is
 * refused rather than written into the page.
 */
@ApplicationScoped
@Named("branding")
public class ShopBranding {

    private static final Pattern HEX_COLOUR = Pattern.compile("#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})");

    private final String supplierName;
    private final String logoUrl;
    private final String headerColour;
    private final String headerTextColour;

    public ShopBranding(PunchoutConfig config) {
        PunchoutConfig.Branding branding = config.branding();
        this.supplierName = branding.supplierName().map(String::strip).filter(s -> !s.isEmpty()).orElse(null);
        this.logoUrl = branding.logoUrl().map(ShopBranding::httpUrl).orElse(null);
        this.headerColour = colour("header-colour", branding.headerColour());
        this.headerTextColour = colour("header-text-colour", branding.headerTextColour());
    }

    public String supplierName() {
        return supplierName;
    }

    public String logoUrl() {
        return logoUrl;
    }

    public String headerStyle() {
        return "background:" + headerColour + ";color:" + headerTextColour;
    }

    static String colour(String key, String value) {
        if (!HEX_COLOUR.matcher(value).matches()) {
            throw new IllegalArgumentException("procurewire.punchout.branding." + key + " must be a hex colour such as "
                    + "#1d3557, not " + value);
        }
        return value;
    }

    static String httpUrl(String value) {
        try {
            URI uri = URI.create(value.strip());
            if (("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null) {
                return uri.toString();
            }
        } catch (IllegalArgumentException ignored) {
            // reported below
        }
        throw new IllegalArgumentException("procurewire.punchout.branding.logo-url must be an http(s) URL, not " + value);
    }
}
