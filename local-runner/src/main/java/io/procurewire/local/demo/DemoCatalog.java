package io.procurewire.local.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The demo supplier's catalog: office, IT and MRO products built from product families and their variants (size,
 * colour, pack, brand), each with a UNSPSC commodity code, manufacturer and part number, unit of measure, list price
 * and lead time. The same every time, so that loading it twice changes nothing.
 */
public final class DemoCatalog {

    /** One catalog row, in the columns of catalog-service's CSV import. */
    public record Product(String supplierPartId, String name, String description, String manufacturerName,
                          String manufacturerPartId, String unspsc, String unitOfMeasure, BigDecimal listPrice,
                          int leadTimeDays, String category, Map<String, String> attributes) {
    }

    /** A variant value: its part-number code, the words it adds to the name, and how it scales the price. */
    record Option(String code, String label, double priceFactor) {
        static Option of(String code, String label, double priceFactor) {
            return new Option(code, label, priceFactor);
        }

        static Option of(String code, String label) {
            return new Option(code, label, 1.0);
        }
    }

    /** A product family: every combination of its dimensions is one product; the last dimension is the brand. */
    record Family(String prefix, String category, String unspsc, String unitOfMeasure, String noun, String packNote,
                  double basePrice, int leadTimeDays, List<List<Option>> dimensions, List<Option> brands) {
    }

    public static final String CURRENCY = "USD";

    private static final List<Family> FAMILIES = List.of(
            new Family("GLV-NIT", "Safety", "46181504", "BX", "Nitrile gloves, powder-free", "box of 100", 8.90, 2,
                    List.of(List.of(Option.of("1", "4 mil"), Option.of("2", "6 mil", 1.35)),
                            List.of(Option.of("S", "size S"), Option.of("M", "size M"), Option.of("L", "size L"),
                                    Option.of("XL", "size XL", 1.05))),
                    List.of(Option.of("", "Ansell"))),
            new Family("PEN-BP", "Office", "44121701", "BX", "Ballpoint pen", "box of 12", 6.40, 1,
                    List.of(List.of(Option.of("BL", "blue"), Option.of("BK", "black"), Option.of("RD", "red"),
                                    Option.of("GN", "green")),
                            List.of(Option.of("F", "fine 0.7 mm"), Option.of("M", "medium 1.0 mm", 0.95))),
                    List.of(Option.of("PI", "Pilot", 1.3), Option.of("BI", "BIC"), Option.of("ST", "Staedtler", 1.15))),
            new Family("PAP-CPY", "Office", "14111507", "PK", "Copy paper", "ream of 500 sheets", 5.20, 2,
                    List.of(List.of(Option.of("A4", "A4"), Option.of("LT", "Letter")),
                            List.of(Option.of("75", "75 g/m²", 0.9), Option.of("80", "80 g/m²"),
                                    Option.of("90", "90 g/m²", 1.2), Option.of("100", "100 g/m²", 1.45)),
                            List.of(Option.of("W", "bright white"), Option.of("R", "recycled", 1.1))),
                    List.of(Option.of("", "Navigator"))),
            new Family("TNR", "Office", "44103103", "EA", "Toner cartridge", "black", 79.00, 3,
                    List.of(List.of(Option.of("26A", "HP 26A compatible"), Option.of("30A", "HP 30A compatible", 0.9),
                                    Option.of("59A", "HP 59A compatible", 1.4), Option.of("89A", "HP 89A compatible", 1.6),
                                    Option.of("TN2420", "Brother TN-2420 compatible", 0.7),
                                    Option.of("TN3480", "Brother TN-3480 compatible", 1.1),
                                    Option.of("052", "Canon 052 compatible", 1.05),
                                    Option.of("057", "Canon 057 compatible", 1.2)),
                            List.of(Option.of("STD", "standard yield"), Option.of("XL", "high yield", 1.55))),
                    List.of(Option.of("", "Printwell"))),
            new Family("MOU", "IT", "43211708", "EA", "Mouse", "with USB receiver or cable", 19.00, 3,
                    List.of(List.of(Option.of("WD", "optical, wired"), Option.of("WL", "optical, wireless", 1.5),
                            Option.of("VT", "ergonomic vertical, wireless", 2.6))),
                    List.of(Option.of("LO", "Logitech"), Option.of("MS", "Microsoft", 1.1), Option.of("HP", "HP", 0.95))),
            new Family("KBD", "IT", "43211706", "EA", "Keyboard", "full size", 29.00, 3,
                    List.of(List.of(Option.of("US", "US layout"), Option.of("UK", "UK layout"),
                                    Option.of("DE", "German layout"), Option.of("FR", "French layout")),
                            List.of(Option.of("WD", "wired"), Option.of("WL", "wireless", 1.45))),
                    List.of(Option.of("LO", "Logitech"), Option.of("CH", "Cherry", 1.2))),
            new Family("MON", "IT", "43211902", "EA", "Monitor", "IPS, height-adjustable stand", 169.00, 6,
                    List.of(List.of(Option.of("24", "24 inch"), Option.of("27", "27 inch", 1.35),
                                    Option.of("32", "32 inch", 1.9)),
                            List.of(Option.of("FHD", "Full HD"), Option.of("QHD", "QHD", 1.3),
                                    Option.of("4K", "4K UHD", 1.75))),
                    List.of(Option.of("DE", "Dell", 1.1), Option.of("LG", "LG"))),
            new Family("CBL-C6", "IT", "26121609", "EA", "Cat6 patch cable", "RJ45, snagless", 2.10, 1,
                    List.of(List.of(Option.of("050", "0.5 m", 0.8), Option.of("100", "1 m"), Option.of("200", "2 m", 1.3),
                                    Option.of("300", "3 m", 1.6), Option.of("500", "5 m", 2.2),
                                    Option.of("1000", "10 m", 3.6)),
                            List.of(Option.of("BL", "blue"), Option.of("GY", "grey"), Option.of("YE", "yellow"))),
                    List.of(Option.of("", "Netcraft"))),
            new Family("USB", "IT", "43211600", "EA", "USB-C accessory:", "", 14.00, 2,
                    List.of(List.of(Option.of("CC1", "USB-C to USB-C cable 1 m"),
                            Option.of("CC2", "USB-C to USB-C cable 2 m", 1.2),
                            Option.of("CA1", "USB-C to USB-A cable 1 m", 0.9),
                            Option.of("HDMI", "USB-C to HDMI adapter", 1.5),
                            Option.of("HUB7", "USB-C hub, 7 ports", 3.2),
                            Option.of("PD65", "USB-C charger 65 W", 2.8))),
                    List.of(Option.of("AN", "Anker"), Option.of("BE", "Belkin", 1.25))),
            new Family("GLS", "Safety", "46181802", "EA", "Safety glasses", "EN 166", 6.50, 2,
                    List.of(List.of(Option.of("CL", "clear lens"), Option.of("TI", "tinted lens", 1.1),
                            Option.of("AF", "anti-fog lens", 1.3), Option.of("OTG", "over-glasses", 1.5))),
                    List.of(Option.of("3M", "3M"), Option.of("UV", "Uvex", 1.15))),
            new Family("SCR-WD", "MRO", "31161500", "BX", "Wood screws, countersunk, Pozidriv", "box of 200", 7.80, 3,
                    List.of(List.of(Option.of("3016", "3.0 × 16 mm", 0.7), Option.of("3530", "3.5 × 30 mm", 0.85),
                                    Option.of("4040", "4.0 × 40 mm"), Option.of("4550", "4.5 × 50 mm", 1.25),
                                    Option.of("5060", "5.0 × 60 mm", 1.5), Option.of("5080", "5.0 × 80 mm", 1.8)),
                            List.of(Option.of("ZN", "zinc-plated"), Option.of("SS", "stainless steel A2", 2.4))),
                    List.of(Option.of("", "Spax"))),
            new Family("DRV", "MRO", "27111701", "EA", "Screwdriver", "", 5.90, 2,
                    List.of(List.of(Option.of("PH1", "Phillips PH1"), Option.of("PH2", "Phillips PH2"),
                            Option.of("PZ2", "Pozidriv PZ2"), Option.of("SL4", "slotted 4 mm", 0.9),
                            Option.of("SL6", "slotted 6 mm"), Option.of("T20", "Torx T20", 1.1),
                            Option.of("T25", "Torx T25", 1.1))),
                    List.of(Option.of("WE", "Wera", 1.4), Option.of("SN", "Stanley"))),
            new Family("TWL", "Facilities", "14111703", "PK", "Paper hand towels", "case", 24.00, 3,
                    List.of(List.of(Option.of("CF", "C-fold"), Option.of("ZF", "Z-fold"), Option.of("RL", "roll", 1.3)),
                            List.of(Option.of("1P", "1-ply"), Option.of("2P", "2-ply", 1.4))),
                    List.of(Option.of("TO", "Tork", 1.1), Option.of("KC", "Kimberly-Clark"))),
            new Family("LED", "Facilities", "39101600", "EA", "LED lamp", "", 4.20, 4,
                    List.of(List.of(Option.of("E27-9", "E27 9 W"), Option.of("E27-13", "E27 13 W", 1.3),
                                    Option.of("E14-5", "E14 5 W", 0.9), Option.of("GU10-5", "GU10 5 W"),
                                    Option.of("T8-120", "T8 tube 120 cm", 2.4), Option.of("T8-150", "T8 tube 150 cm", 2.8)),
                            List.of(Option.of("27", "warm white 2700 K"), Option.of("40", "neutral white 4000 K"))),
                    List.of(Option.of("PH", "Philips", 1.15), Option.of("OS", "Osram"))),
            new Family("FLD", "Office", "44122003", "PK", "Binder", "pack of 10", 18.50, 2,
                    List.of(List.of(Option.of("LA50", "lever arch, A4, 50 mm"), Option.of("LA80", "lever arch, A4, 80 mm", 1.1),
                                    Option.of("RB25", "ring binder, A4, 25 mm", 0.8),
                                    Option.of("SUS", "suspension files, A4", 0.9),
                                    Option.of("DW", "document wallets, A4", 0.6)),
                            List.of(Option.of("BL", "blue"), Option.of("BK", "black"), Option.of("RD", "red"),
                                    Option.of("GN", "green"))),
                    List.of(Option.of("", "Leitz"))),
            new Family("NTB", "Office", "14111514", "EA", "Notebook", "80 sheets", 3.90, 1,
                    List.of(List.of(Option.of("A4", "A4"), Option.of("A5", "A5", 0.75)),
                            List.of(Option.of("RU", "ruled"), Option.of("SQ", "squared"), Option.of("DT", "dotted", 1.1)),
                            List.of(Option.of("HC", "hardcover", 1.6), Option.of("SP", "spiral-bound"))),
                    List.of(Option.of("", "Oxford"))),
            new Family("CLN", "Facilities", "47131800", "EA", "Cleaning:", "", 4.80, 2,
                    List.of(List.of(Option.of("SURF1L", "surface cleaner 1 l"), Option.of("GLS750", "glass cleaner 750 ml"),
                            Option.of("WIPE100", "disinfectant wipes, tub of 100", 1.3),
                            Option.of("SOAP500", "hand soap 500 ml", 0.9),
                            Option.of("SAN500", "hand sanitiser 500 ml", 1.4),
                            Option.of("MF10", "microfibre cloths, pack of 10", 2.0))),
                    List.of(Option.of("EC", "Ecolab", 1.1), Option.of("DI", "Diversey"))),
            new Family("BAT", "Facilities", "26111702", "PK", "Alkaline batteries", "", 4.50, 1,
                    List.of(List.of(Option.of("AA", "AA"), Option.of("AAA", "AAA"), Option.of("C", "C", 1.6),
                                    Option.of("D", "D", 1.8), Option.of("9V", "9V", 1.7),
                                    Option.of("CR2032", "CR2032 lithium coin", 1.2)),
                            List.of(Option.of("4", "pack of 4"), Option.of("10", "pack of 10", 2.2))),
                    List.of(Option.of("DU", "Duracell", 1.15), Option.of("EN", "Energizer"))),
            new Family("LBL", "Office", "55121606", "PK", "Labels", "", 21.00, 2,
                    List.of(List.of(Option.of("L7160", "Avery L7160, 63.5 × 38.1 mm, 21 per sheet"),
                                    Option.of("L7163", "Avery L7163, 99.1 × 38.1 mm, 14 per sheet"),
                                    Option.of("L7165", "Avery L7165, 99.1 × 67.7 mm, 8 per sheet"),
                                    Option.of("L7651", "Avery L7651, 38.1 × 21.2 mm, 65 per sheet"),
                                    Option.of("3475", "Avery 3475, 70 × 36 mm, 24 per sheet"),
                                    Option.of("J8160", "Avery J8160, inkjet, 21 per sheet", 1.1)),
                            List.of(Option.of("100", "100 sheets"), Option.of("25", "25 sheets", 0.32))),
                    List.of(Option.of("", "Avery"))),
            new Family("CHR", "Furniture", "56112104", "EA", "Office chair", "5-year warranty", 189.00, 12,
                    List.of(List.of(Option.of("TSK", "task"), Option.of("MSH", "ergonomic mesh", 2.1),
                                    Option.of("DRF", "drafting", 1.4), Option.of("VIS", "visitor", 0.7)),
                            List.of(Option.of("BK", "black"), Option.of("GY", "grey"))),
                    List.of(Option.of("SC", "Steelcase", 1.5), Option.of("HM", "Herman Miller", 2.2))),
            new Family("HLM", "Safety", "46181701", "EA", "Hard hat", "EN 397, 6-point suspension", 12.50, 3,
                    List.of(List.of(Option.of("WH", "white"), Option.of("YE", "yellow"), Option.of("BL", "blue"),
                                    Option.of("RD", "red")),
                            List.of(Option.of("V", "vented"), Option.of("NV", "non-vented", 0.95))),
                    List.of(Option.of("", "JSP"))),
            new Family("EAR", "Safety", "46181902", "EA", "Hearing protection:", "", 9.00, 2,
                    List.of(List.of(Option.of("FP200", "foam ear plugs, 200 pairs", 4.2),
                            Option.of("CP100", "corded ear plugs, 100 pairs", 5.1),
                            Option.of("EM27", "ear muffs SNR 27 dB", 2.0),
                            Option.of("EM33", "ear muffs SNR 33 dB", 2.9))),
                    List.of(Option.of("3M", "3M"), Option.of("MO", "Moldex"))));

    /**
     * What each dimension of a family's variants is called: the product's attributes (the shop's "Details" table),
     * plus "Pack" where the family's note is a pack size.
     */
    private static final Map<String, List<String>> DIMENSION_NAMES = Map.ofEntries(
            Map.entry("GLV-NIT", List.of("Thickness", "Size")), Map.entry("PEN-BP", List.of("Colour", "Tip")),
            Map.entry("PAP-CPY", List.of("Format", "Weight", "Finish")),
            Map.entry("TNR", List.of("Compatible with", "Yield")), Map.entry("MOU", List.of("Type")),
            Map.entry("KBD", List.of("Layout", "Connection")), Map.entry("MON", List.of("Size", "Resolution")),
            Map.entry("CBL-C6", List.of("Length", "Colour")), Map.entry("USB", List.of("Type")),
            Map.entry("GLS", List.of("Lens")), Map.entry("SCR-WD", List.of("Size", "Finish")),
            Map.entry("DRV", List.of("Tip")), Map.entry("TWL", List.of("Fold", "Ply")),
            Map.entry("LED", List.of("Fitting", "Colour temperature")), Map.entry("FLD", List.of("Type", "Colour")),
            Map.entry("NTB", List.of("Format", "Ruling", "Binding")), Map.entry("CLN", List.of("Product")),
            Map.entry("BAT", List.of("Size", "Pack")), Map.entry("LBL", List.of("Label", "Sheets")),
            Map.entry("CHR", List.of("Type", "Colour")), Map.entry("HLM", List.of("Colour", "Ventilation")),
            Map.entry("EAR", List.of("Type")));

    private DemoCatalog() {
    }

    /** The attribute names of the whole catalog, sorted (one CSV column each). */
    public static List<String> attributeNames() {
        TreeSet<String> names = new TreeSet<>();
        products().forEach(p -> names.addAll(p.attributes().keySet()));
        return List.copyOf(names);
    }

    private static Map<String, String> attributes(Family family, List<Option> variant) {
        Map<String, String> attributes = new TreeMap<>();
        List<String> names = DIMENSION_NAMES.getOrDefault(family.prefix(), List.of());
        for (int i = 0; i < variant.size() && i < names.size(); i++) {
            attributes.put(names.get(i), variant.get(i).label());
        }
        if (family.packNote().matches("(box|ream|pack|case)\\b.*")) {
            attributes.putIfAbsent("Pack", family.packNote());
        }
        return attributes;
    }

    public static List<Product> products() {
        List<Product> products = new ArrayList<>();
        for (Family family : FAMILIES) {
            for (Option brand : family.brands()) {
                combine(family.dimensions(), 0, new ArrayList<>(), variant -> products.add(product(family, brand, variant)));
            }
        }
        return products;
    }

    /** The catalog as the CSV file catalog-service imports (RFC 4180, UTF-8, header row). */
    public static String csv() {
        List<String> attributeNames = attributeNames();
        StringBuilder csv = new StringBuilder("supplierPartId,name,description,manufacturerName,manufacturerPartId,"
                + "unspsc,unitOfMeasure,listPrice,currency,leadTimeDays,attr.category");
        attributeNames.forEach(name -> csv.append(",").append(quote("attr." + name)));
        csv.append("\r\n");
        for (Product p : products()) {
            csv.append(String.join(",", quote(p.supplierPartId()), quote(p.name()), quote(p.description()),
                    quote(p.manufacturerName()), quote(p.manufacturerPartId()), p.unspsc(), p.unitOfMeasure(),
                    p.listPrice().toPlainString(), CURRENCY, Integer.toString(p.leadTimeDays()), quote(p.category())));
            attributeNames.forEach(name -> csv.append(",").append(quote(p.attributes().getOrDefault(name, ""))));
            csv.append("\r\n");
        }
        return csv.toString();
    }

    private static Product product(Family family, Option brand, List<Option> variant) {
        StringBuilder part = new StringBuilder(family.prefix());
        StringBuilder label = new StringBuilder();
        double price = family.basePrice() * brand.priceFactor();
        for (Option option : variant) {
            part.append('-').append(option.code());
            label.append(label.isEmpty() ? "" : ", ").append(option.label());
            price *= option.priceFactor();
        }
        if (!brand.code().isEmpty()) {
            part.append('-').append(brand.code());
        }
        String separator = family.noun().endsWith(":") ? " " : ", ";
        String name = family.noun() + separator + label;
        String description = brand.label() + " " + Character.toLowerCase(name.charAt(0)) + name.substring(1)
                + (family.packNote().isEmpty() ? "" : ", " + family.packNote());
        String manufacturerPart = brand.label().substring(0, Math.min(3, brand.label().length())).toUpperCase()
                + "-" + part.substring(part.indexOf("-") + 1);
        return new Product(part.toString(), name, description, brand.label(), manufacturerPart, family.unspsc(),
                family.unitOfMeasure(), BigDecimal.valueOf(price).setScale(2, RoundingMode.HALF_UP),
                family.leadTimeDays(), family.category(), attributes(family, variant));
    }

    private static void combine(List<List<Option>> dimensions, int index, List<Option> chosen,
                                java.util.function.Consumer<List<Option>> each) {
        if (index == dimensions.size()) {
            each.accept(List.copyOf(chosen));
            return;
        }
        for (Option option : dimensions.get(index)) {
            chosen.add(option);
            combine(dimensions, index + 1, chosen, each);
            chosen.remove(chosen.size() - 1);
        }
    }

    private static String quote(String value) {
        return "\"" + value.replace("\"", "\"\"") + "\"";
    }
}
