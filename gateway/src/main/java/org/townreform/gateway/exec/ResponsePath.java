package org.townreform.gateway.exec;

import java.util.ArrayList;
import java.util.List;

/** A path in the client's answer ({@code ["towns","edges",0,"node"]}), shared by its children. */
public final class ResponsePath {
    public static final ResponsePath ROOT = new ResponsePath(null, null);

    private final ResponsePath parent;
    private final Object segment;

    private ResponsePath(ResponsePath parent, Object segment) {
        this.parent = parent;
        this.segment = segment;
    }

    public ResponsePath key(String key) {
        return new ResponsePath(this, key);
    }

    public ResponsePath index(int index) {
        return new ResponsePath(this, index);
    }

    public List<Object> toList() {
        List<Object> list = new ArrayList<>();
        for (ResponsePath p = this; p.parent != null; p = p.parent) {
            list.add(0, p.segment);
        }
        return list;
    }

    /** This path followed by the segments of a downstream path from {@code from} on. */
    public List<Object> append(List<?> segments, int from) {
        List<Object> list = toList();
        for (int i = from; i < segments.size(); i++) {
            list.add(segments.get(i));
        }
        return list;
    }
}
