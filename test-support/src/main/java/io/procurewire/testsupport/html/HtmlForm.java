package io.procurewire.testsupport.html;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A form of a server-rendered page, read the way a browser submits it: its action and its hidden fields, with HTML
 * character references decoded. Enough for the pages the suite renders itself; not a general HTML parser.
 */
public record HtmlForm(String action, Map<String, String> hiddenFields) {

    private static final Pattern FORM_TAG = Pattern.compile("<form\\b[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern FORM_END = Pattern.compile("</form\\s*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern INPUT = Pattern.compile("<input\\b[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern ATTRIBUTE = Pattern.compile("\\b([a-zA-Z-]+)=\"([^\"]*)\"");
    private static final Pattern REFERENCE = Pattern.compile("&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);");

    /** The first form of the page that has an action. */
    public static HtmlForm first(String html) {
        return find(html, null);
    }

    /** The form with this id attribute. */
    public static HtmlForm withId(String html, String id) {
        return find(html, id);
    }

    /** The hidden fields as a submitted form body, the shape form readers take. */
    public Map<String, List<String>> asFormFields() {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        hiddenFields.forEach((name, value) -> fields.put(name, List.of(value)));
        return fields;
    }

    private static HtmlForm find(String html, String id) {
        Matcher form = FORM_TAG.matcher(html);
        while (form.find()) {
            Map<String, String> attributes = attributes(form.group());
            if (!attributes.containsKey("action") || (id != null && !id.equals(attributes.get("id")))) {
                continue;
            }
            Matcher end = FORM_END.matcher(html);
            String body = end.find(form.end()) ? html.substring(form.end(), end.start()) : html.substring(form.end());
            Map<String, String> hidden = new LinkedHashMap<>();
            Matcher input = INPUT.matcher(body);
            while (input.find()) {
                Map<String, String> field = attributes(input.group());
                if ("hidden".equalsIgnoreCase(field.get("type")) && field.containsKey("name")) {
                    hidden.put(field.get("name"), field.getOrDefault("value", ""));
                }
            }
            return new HtmlForm(attributes.get("action"), hidden);
        }
        throw new AssertionError((id == null ? "no form with an action" : "no form with id " + id + " and an action")
                + " in the page:\n" + html);
    }

    private static Map<String, String> attributes(String tag) {
        Map<String, String> attributes = new LinkedHashMap<>();
        Matcher attribute = ATTRIBUTE.matcher(tag);
        while (attribute.find()) {
            attributes.put(attribute.group(1).toLowerCase(), unescape(attribute.group(2)));
        }
        return attributes;
    }

    /** What the browser does with an attribute value before posting it. */
    public static String unescape(String text) {
        Matcher reference = REFERENCE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (reference.find()) {
            String name = reference.group(1);
            String replacement = switch (name) {
                case "lt" -> "<";
                case "gt" -> ">";
                case "amp" -> "&";
                case "quot" -> "\"";
                case "apos" -> "'";
                default -> name.startsWith("#x") ? Character.toString(Integer.parseInt(name.substring(2), 16))
                        : name.startsWith("#") ? Character.toString(Integer.parseInt(name.substring(1)))
                        : reference.group();
            };
            reference.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        reference.appendTail(out);
        return out.toString();
    }
}
