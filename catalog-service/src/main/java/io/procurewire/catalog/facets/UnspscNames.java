package io.procurewire.catalog.facets;

import java.util.Map;

/**
 * Names of the UNSPSC segments (2 digits) and families (4 digits) this service knows: those of the demo catalog
 * (local-runner's DemoCatalog) and the benchmark catalog, from the UNSPSC code set. Catalog files (CSV, CIF 3.0) carry
 * codes, never names, so a code not listed here is shown as its code.
 */
public final class UnspscNames {

    private static final Map<String, String> NAMES = Map.ofEntries(
            // segments
            Map.entry("14", "Paper Materials and Products"),
            Map.entry("26", "Power Generation and Distribution Machinery and Accessories"),
            Map.entry("27", "Tools and General Machinery"),
            Map.entry("31", "Manufacturing Components and Supplies"),
            Map.entry("32", "Electronic Components and Supplies"),
            Map.entry("39", "Electrical Systems and Lighting and Components and Accessories and Supplies"),
            Map.entry("40", "Distribution and Conditioning Systems and Equipment and Components"),
            Map.entry("43", "Information Technology Broadcasting and Telecommunications"),
            Map.entry("44", "Office Equipment and Accessories and Supplies"),
            Map.entry("46", "Defense and Law Enforcement and Security and Safety Equipment and Supplies"),
            Map.entry("47", "Cleaning Equipment and Supplies"),
            Map.entry("55", "Published Products"),
            Map.entry("56", "Furniture and Furnishings"),
            // families
            Map.entry("1411", "Paper products"),
            Map.entry("2611", "Batteries and generators and kinetic power transmission"),
            Map.entry("2612", "Electrical wire and cable and harness"),
            Map.entry("2711", "Hand tools"),
            Map.entry("3116", "Hardware"),
            Map.entry("3215", "Automation control devices and components and accessories"),
            Map.entry("3910", "Lamps and lightbulbs and lamp components"),
            Map.entry("3912", "Electrical equipment and components and supplies"),
            Map.entry("4014", "Fluid and gas distribution"),
            Map.entry("4016", "Industrial filtering and purification"),
            Map.entry("4321", "Computer Equipment and Accessories"),
            Map.entry("4410", "Office machines and their supplies and accessories"),
            Map.entry("4412", "Office supplies"),
            Map.entry("4618", "Personal safety and protection"),
            Map.entry("4713", "Cleaning and janitorial supplies"),
            Map.entry("5512", "Signage and accessories"),
            Map.entry("5610", "Accommodation furniture"),
            Map.entry("5611", "Commercial and industrial furniture"));

    private UnspscNames() {
    }

    /** The name of a segment or family code, or the code itself when it is not known here. */
    public static String name(String code) {
        return NAMES.getOrDefault(code, code);
    }

    /** Whether the code has a name here (and not only itself). */
    public static boolean known(String code) {
        return NAMES.containsKey(code);
    }
}
