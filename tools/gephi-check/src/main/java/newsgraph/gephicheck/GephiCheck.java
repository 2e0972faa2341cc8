package newsgraph.gephicheck;

import java.awt.Color;
import java.io.File;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.gephi.graph.api.AttributeUtils;
import org.gephi.graph.api.Column;
import org.gephi.graph.api.Edge;
import org.gephi.graph.api.Element;
import org.gephi.graph.api.GraphController;
import org.gephi.graph.api.GraphModel;
import org.gephi.graph.api.Interval;
import org.gephi.graph.api.Node;
import org.gephi.graph.api.Table;
import org.gephi.graph.api.TimeFormat;
import org.gephi.io.importer.api.Container;
import org.gephi.io.importer.api.ImportController;
import org.gephi.io.importer.api.Issue;
import org.gephi.io.processor.plugin.DefaultProcessor;
import org.gephi.project.api.ProjectController;
import org.gephi.project.api.Workspace;
import org.openide.util.Lookup;

/**
 * Loads a GEXF file through the Gephi Toolkit's ImportController, exactly as
 * Gephi's "Open graph file" does, and prints what Gephi ended up with as one
 * JSON object on standard output: counts, attribute columns with their Java
 * types, edge types, the time format and bounds, the importer's issues and
 * every node and edge with its label, colour, size, intervals and attribute
 * values (printed the way Gephi prints them).
 *
 * Exit code 0 when the file was imported, 1 when Gephi refused it, 2 on usage.
 */
public final class GephiCheck {

    private GephiCheck() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            System.err.println("usage: GephiCheck FILE.gexf");
            System.exit(2);
        }
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        File file = new File(args[0]);

        ProjectController pc = Lookup.getDefault().lookup(ProjectController.class);
        pc.newProject();
        Workspace workspace = pc.getCurrentWorkspace();
        ImportController importer = Lookup.getDefault().lookup(ImportController.class);
        Container container = importer.importFile(file);
        if (container == null) {
            out.println("{\"imported\": false, \"error\": \"no importer accepted " + esc(file.getName()) + "\"}");
            System.exit(1);
        }
        List<Issue> issues = new ArrayList<>(container.getReport().getIssuesList(Integer.MAX_VALUE));
        boolean verified = container.verify();
        importer.process(container, new DefaultProcessor(), workspace);
        GraphModel model = Lookup.getDefault().lookup(GraphController.class).getGraphModel(workspace);
        TimeFormat tf = model.getTimeFormat();

        StringBuilder sb = new StringBuilder();
        sb.append('{');
        sb.append("\"imported\": true, \"verified\": ").append(verified);
        sb.append(", \"nodes\": ").append(model.getGraph().getNodeCount());
        sb.append(", \"edges\": ").append(model.getGraph().getEdgeCount());
        sb.append(", \"directed\": ").append(model.isDirected());
        sb.append(", \"multigraph\": ").append(model.isMultiGraph());
        sb.append(", \"dynamic\": ").append(model.isDynamic());
        sb.append(", \"time_format\": ").append(str(tf.name()));
        Interval bounds = model.getTimeBounds();
        sb.append(", \"time_bounds\": ");
        if (bounds == null || Double.isInfinite(bounds.getLow()) || Double.isInfinite(bounds.getHigh())) {
            sb.append("null");
        } else {
            sb.append('[').append(str(tf.print(bounds.getLow()))).append(", ")
                .append(str(tf.print(bounds.getHigh()))).append(']');
        }
        sb.append(", \"node_columns\": ");
        columns(sb, model.getNodeTable());
        sb.append(", \"edge_columns\": ");
        columns(sb, model.getEdgeTable());
        sb.append(", \"edge_types\": [");
        Object[] labels = model.getEdgeTypeLabels(false);
        for (int i = 0; i < labels.length; i++) {
            sb.append(i > 0 ? ", " : "").append(str(String.valueOf(labels[i])));
        }
        sb.append("], \"issues\": [");
        for (int i = 0; i < issues.size(); i++) {
            Issue is = issues.get(i);
            sb.append(i > 0 ? ", " : "").append("{\"level\": ").append(str(is.getLevel().toString()))
                .append(", \"message\": ").append(str(is.getMessage())).append('}');
        }
        sb.append("], \"node_list\": [");
        boolean first = true;
        for (Node n : model.getGraph().getNodes()) {
            sb.append(first ? "" : ", ");
            first = false;
            sb.append("{\"id\": ").append(str(String.valueOf(n.getId())));
            sb.append(", \"size\": ").append(String.format(Locale.ROOT, "%.3f", n.size()));
            element(sb, n, model.getNodeTable(), tf);
            sb.append('}');
        }
        sb.append("], \"edge_list\": [");
        first = true;
        for (Edge e : model.getGraph().getEdges()) {
            sb.append(first ? "" : ", ");
            first = false;
            sb.append("{\"source\": ").append(str(String.valueOf(e.getSource().getId())));
            sb.append(", \"target\": ").append(str(String.valueOf(e.getTarget().getId())));
            sb.append(", \"type\": ").append(str(String.valueOf(e.getTypeLabel())));
            sb.append(", \"weight\": ").append(String.format(Locale.ROOT, "%.3f", e.getWeight()));
            sb.append(", \"directed\": ").append(e.isDirected());
            element(sb, e, model.getEdgeTable(), tf);
            sb.append('}');
        }
        sb.append("]}");
        out.println(sb);
        System.exit(0);
    }

    private static void columns(StringBuilder sb, Table table) {
        sb.append('[');
        boolean first = true;
        for (Column c : table) {
            sb.append(first ? "" : ", ");
            first = false;
            sb.append("{\"id\": ").append(str(c.getId())).append(", \"title\": ").append(str(c.getTitle()))
                .append(", \"type\": ").append(str(c.getTypeClass().getSimpleName()))
                .append(", \"property\": ").append(c.isProperty()).append('}');
        }
        sb.append(']');
    }

    private static void element(StringBuilder sb, Element el, Table table, TimeFormat tf) {
        sb.append(", \"label\": ").append(str(el.getLabel()));
        Color c = el.getColor();
        sb.append(", \"color\": ").append(str(String.format("#%02x%02x%02x", c.getRed(), c.getGreen(), c.getBlue())));
        sb.append(", \"intervals\": [");
        Interval[] ivs = el.getIntervals();
        for (int i = 0; i < ivs.length; i++) {
            sb.append(i > 0 ? ", " : "").append('[').append(str(tf.print(ivs[i].getLow()))).append(", ")
                .append(str(tf.print(ivs[i].getHigh()))).append(']');
        }
        sb.append("], \"attributes\": {");
        boolean first = true;
        for (Column col : table) {
            if (col.isProperty()) {
                continue;
            }
            Object v = el.getAttribute(col);
            if (v == null) {
                continue;
            }
            sb.append(first ? "" : ", ");
            first = false;
            sb.append(str(col.getId())).append(": ");
            if (v.getClass().isArray()) {
                sb.append('[');
                int len = java.lang.reflect.Array.getLength(v);
                for (int i = 0; i < len; i++) {
                    sb.append(i > 0 ? ", " : "").append(str(String.valueOf(java.lang.reflect.Array.get(v, i))));
                }
                sb.append(']');
            } else if (v instanceof Number || v instanceof Boolean) {
                sb.append(AttributeUtils.print(v));
            } else {
                sb.append(str(String.valueOf(v)));
            }
        }
        sb.append('}');
    }

    private static String str(String s) {
        return s == null ? "null" : "\"" + esc(s) + "\"";
    }

    private static String esc(String s) {
        StringBuilder b = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '"': b.append("\\\""); break;
                case '\\': b.append("\\\\"); break;
                case '\n': b.append("\\n"); break;
                case '\r': b.append("\\r"); break;
                case '\t': b.append("\\t"); break;
                default:
                    if (ch < 0x20) {
                        b.append(String.format("\\u%04x", (int) ch));
                    } else {
                        b.append(ch);
                    }
            }
        }
        return b.toString();
    }
}
