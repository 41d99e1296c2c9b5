package org.townreform.gateway.exec;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.townreform.gateway.plan.Fetch;
import org.townreform.gateway.plan.PField;
import org.townreform.gateway.plan.Plan;
import org.townreform.gateway.plan.Planner;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLType;
import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;

/**
 * Runs a {@link Plan}: the root requests in parallel (a mutation's in order), then, as each answers, its entity requests
 * with the representations of ALL objects it produced at their paths (deduplicated), in parallel, level after level.
 * Answers are merged into one tree; a failed request nulls the fields it would have filled with one error per field
 * path; downstream errors are passed on with their paths re-based onto the client's answer. Finally the answer is
 * completed against the client's selection: client order, added key fields dropped, {@code __typename} filled, and a
 * null in a non-null position nulls the nearest nullable parent.
 * <p>
 * Not thread-safe per run: every callback of one run must come on the same Vert.x context (the downstream client
 * guarantees it).
 */
public final class Executor {
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    private final ObjectMapper json;

    public Executor(ObjectMapper json) {
        this.json = json.copy().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    }

    public ObjectMapper json() {
        return json;
    }

    /** The answer ({@code data} and, when any, {@code errors}). Never fails. */
    public Future<Map<String, Object>> execute(Plan plan, Map<String, Object> variables, Downstream.Caller caller,
            Downstream downstream) {
        Run run = new Run(plan, variables == null ? Map.of() : variables, caller, downstream);
        Future<Void> done;
        if (plan.isMutation()) {
            done = Future.succeededFuture();
            for (Fetch fetch : plan.fetches()) {
                done = done.transform(ignored -> run.root(fetch));
            }
        } else if (plan.fetches().size() == 1) {
            done = run.root(plan.fetches().get(0));
        } else {
            List<Future<Void>> all = new ArrayList<>(plan.fetches().size());
            for (Fetch fetch : plan.fetches()) {
                all.add(run.root(fetch));
            }
            done = Future.join(all).mapEmpty();
        }
        return done.transform(ignored -> Future.succeededFuture(run.answer()));
    }

    private final class Run {
        private final Plan plan;
        private final Map<String, Object> variables;
        private final Downstream.Caller caller;
        private final Downstream downstream;
        private final Map<String, Object> data = new HashMap<>();
        private List<Map<String, Object>> errors;

        Run(Plan plan, Map<String, Object> variables, Downstream.Caller caller, Downstream downstream) {
            this.plan = plan;
            this.variables = variables;
            this.caller = caller;
            this.downstream = downstream;
        }

        Future<Void> root(Fetch fetch) {
            return send(fetch, null).transform(result -> {
                if (result.failed()) {
                    DownstreamFailure failure = failure(result.cause());
                    for (PField field : fetch.fields()) {
                        data.put(field.responseKey(), null);
                        error(failure.getMessage(), ResponsePath.ROOT.key(field.responseKey()).toList(), failure.code(),
                                fetch.subgraph());
                    }
                    return Future.succeededFuture();
                }
                Map<String, Object> answer = result.result();
                Object answered = answer.get("data");
                if (answered instanceof Map<?, ?> map) {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> fields = (Map<String, Object>) map;
                    data.putAll(fields);
                }
                passErrors(answer.get("errors"), fetch, null, null);
                return children(fetch);
            });
        }

        private Future<Void> children(Fetch fetch) {
            List<Fetch> children = fetch.children();
            if (children.isEmpty()) {
                return Future.succeededFuture();
            }
            if (children.size() == 1) {
                return entities(children.get(0));
            }
            List<Future<Void>> all = new ArrayList<>(children.size());
            for (Fetch child : children) {
                all.add(entities(child));
            }
            return Future.join(all).mapEmpty();
        }

        private Future<Void> entities(Fetch fetch) {
            List<Map<String, Object>> objects = new ArrayList<>();
            List<ResponsePath> paths = new ArrayList<>();
            for (List<String> path : fetch.paths()) {
                collect(data, path, 0, ResponsePath.ROOT, objects, paths);
            }
            if (objects.isEmpty()) {
                return Future.succeededFuture();
            }
            // One representation per distinct key; objects without a key value cannot be resolved (their fields null).
            Map<List<Object>, Integer> distinct = new HashMap<>();
            List<Map<String, Object>> representations = new ArrayList<>();
            int[] index = new int[objects.size()];
            List<String> keyFields = fetch.keyFields();
            for (int i = 0; i < objects.size(); i++) {
                Map<String, Object> object = objects.get(i);
                List<Object> key = new ArrayList<>(keyFields.size());
                Map<String, Object> representation = new LinkedHashMap<>();
                representation.put("__typename", fetch.entityType());
                for (String keyField : keyFields) {
                    Object value = object.get(Planner.KEY_ALIAS + keyField);
                    key.add(value);
                    representation.put(keyField, value);
                }
                if (key.contains(null)) {
                    index[i] = -1;
                    continue;
                }
                Integer known = distinct.putIfAbsent(key, representations.size());
                if (known == null) {
                    index[i] = representations.size();
                    representations.add(representation);
                } else {
                    index[i] = known;
                }
            }
            if (representations.isEmpty()) {
                objects.forEach(object -> nullFields(object, fetch));
                return Future.succeededFuture();
            }
            return send(fetch, representations).transform(result -> {
                if (result.failed()) {
                    DownstreamFailure failure = failure(result.cause());
                    for (int i = 0; i < objects.size(); i++) {
                        nullFields(objects.get(i), fetch);
                        for (PField field : fetch.fields()) {
                            error(failure.getMessage(), paths.get(i).key(field.responseKey()).toList(), failure.code(),
                                    fetch.subgraph());
                        }
                    }
                    return Future.succeededFuture();
                }
                Map<String, Object> answer = result.result();
                Object answered = answer.get("data") instanceof Map<?, ?> d ? d.get("_entities") : null;
                List<?> entities = answered instanceof List<?> list ? list : List.of();
                for (int i = 0; i < objects.size(); i++) {
                    Object entity = index[i] >= 0 && index[i] < entities.size() ? entities.get(index[i]) : null;
                    if (entity instanceof Map<?, ?> map) {
                        @SuppressWarnings("unchecked")
                        Map<String, Object> fields = (Map<String, Object>) map;
                        objects.get(i).putAll(fields);
                    } else {
                        nullFields(objects.get(i), fetch);
                    }
                }
                passErrors(answer.get("errors"), fetch, index, paths);
                return children(fetch);
            });
        }

        private void nullFields(Map<String, Object> object, Fetch fetch) {
            for (PField field : fetch.fields()) {
                object.put(field.responseKey(), null);
            }
        }

        private Future<Map<String, Object>> send(Fetch fetch, List<Map<String, Object>> representations) {
            Buffer body;
            try {
                Map<String, Object> request = new LinkedHashMap<>(4);
                request.put("query", fetch.query());
                if (!fetch.variables().isEmpty() || representations != null) {
                    Map<String, Object> values = new LinkedHashMap<>();
                    if (representations != null) {
                        values.put(Planner.REPRESENTATIONS, representations);
                    }
                    for (String name : fetch.variables()) {
                        if (variables.containsKey(name)) {
                            values.put(name, variables.get(name));
                        }
                    }
                    request.put("variables", values);
                }
                body = Buffer.buffer(json.writeValueAsBytes(request));
            } catch (IOException e) {
                return Future.failedFuture(new DownstreamFailure(DownstreamFailure.SERVICE_UNAVAILABLE,
                        "The request to " + fetch.subgraph() + " could not be written"));
            }
            return downstream.send(fetch.subgraph(), body, caller).compose(answer -> {
                try {
                    return Future.succeededFuture(json.readValue(answer.getBytes(), MAP));
                } catch (IOException | RuntimeException e) {
                    return Future.failedFuture(new DownstreamFailure(DownstreamFailure.SERVICE_UNAVAILABLE,
                            "Service " + fetch.subgraph() + " answered something that is not GraphQL"));
                }
            });
        }

        /** Downstream errors with their paths moved onto the client's answer and the service named. */
        private void passErrors(Object given, Fetch fetch, int[] index, List<ResponsePath> paths) {
            if (!(given instanceof List<?> list)) {
                return;
            }
            for (Object item : list) {
                if (!(item instanceof Map<?, ?> map)) {
                    continue;
                }
                @SuppressWarnings("unchecked")
                Map<String, Object> downstreamError = (Map<String, Object>) map;
                Object path = downstreamError.get("path");
                if (index != null && path instanceof List<?> segments && segments.size() >= 2
                        && "_entities".equals(segments.get(0)) && segments.get(1) instanceof Number n) {
                    int entity = n.intValue();
                    for (int i = 0; i < index.length; i++) {
                        if (index[i] == entity) {
                            addError(downstreamError, paths.get(i).append(segments, 2), fetch.subgraph());
                        }
                    }
                } else if (index != null && path instanceof List<?> segments && !segments.isEmpty()) {
                    // An error of the _entities call as a whole: it concerns every object's fields.
                    for (int i = 0; i < index.length; i++) {
                        for (PField field : fetch.fields()) {
                            addError(downstreamError, paths.get(i).key(field.responseKey()).toList(), fetch.subgraph());
                        }
                    }
                } else {
                    addError(downstreamError, path instanceof List<?> segments ? new ArrayList<>(segments) : null,
                            fetch.subgraph());
                }
            }
        }

        private void addError(Map<String, Object> downstreamError, List<Object> path, String subgraph) {
            Map<String, Object> error = new LinkedHashMap<>(4);
            error.put("message", downstreamError.getOrDefault("message", "Error in service " + subgraph));
            if (path != null) {
                error.put("path", path);
            }
            Map<String, Object> extensions = new LinkedHashMap<>();
            if (downstreamError.get("extensions") instanceof Map<?, ?> given) {
                given.forEach((k, v) -> extensions.put(String.valueOf(k), v));
            }
            extensions.putIfAbsent("service", subgraph);
            error.put("extensions", extensions);
            errors().add(error);
        }

        private void error(String message, List<Object> path, String code, String service) {
            Map<String, Object> error = new LinkedHashMap<>(4);
            error.put("message", message);
            if (path != null) {
                error.put("path", path);
            }
            Map<String, Object> extensions = new LinkedHashMap<>(3);
            extensions.put("code", code);
            extensions.put("status", ErrorStatus.of(code));
            if (service != null) {
                extensions.put("service", service);
            }
            error.put("extensions", extensions);
            errors().add(error);
        }

        private List<Map<String, Object>> errors() {
            if (errors == null) {
                errors = new ArrayList<>();
            }
            return errors;
        }

        Map<String, Object> answer() {
            String rootType = plan.isMutation() ? "Mutation" : "Query";
            Object completed = completeObject(plan.fields(), rootType, data, ResponsePath.ROOT);
            Map<String, Object> answer = new LinkedHashMap<>(2);
            if (errors != null) {
                answer.put("errors", errors);
            }
            answer.put("data", completed == BUBBLE ? null : completed);
            return answer;
        }

        // ---- completion -----------------------------------------------------------------------------------------

        private Object completeObject(List<PField> fields, String typeName, Map<?, ?> source, ResponsePath path) {
            Map<String, Object> out = new LinkedHashMap<>(Math.max(4, fields.size() * 4 / 3 + 1));
            for (PField field : fields) {
                Object value;
                if (field.isTypename()) {
                    value = typeName;
                } else {
                    Object raw = source.get(field.responseKey());
                    value = complete(field.type(), field, raw, path, field.responseKey(), -1);
                    if (value == BUBBLE) {
                        return BUBBLE;
                    }
                }
                out.put(field.responseKey(), value);
            }
            return out;
        }

        /** The completed value; {@link #BUBBLE} when a null must reach the nearest nullable parent. */
        private Object complete(GraphQLType type, PField field, Object value, ResponsePath parent, String key, int index) {
            if (type instanceof GraphQLNonNull nonNull) {
                Object completed = complete(nonNull.getWrappedType(), field, value, parent, key, index);
                if (completed == null || completed == BUBBLE) {
                    if (completed == null) {
                        nonNullViolation(field, key == null ? parent.index(index) : parent.key(key));
                    }
                    return BUBBLE;
                }
                return completed;
            }
            if (value == null) {
                return null;
            }
            if (type instanceof GraphQLList list) {
                if (!(value instanceof List<?> items)) {
                    return null;
                }
                ResponsePath here = key == null ? parent.index(index) : parent.key(key);
                List<Object> out = new ArrayList<>(items.size());
                for (int i = 0; i < items.size(); i++) {
                    Object completed = complete(list.getWrappedType(), field, items.get(i), here, null, i);
                    if (completed == BUBBLE) {
                        return null;
                    }
                    out.add(completed);
                }
                return out;
            }
            if (field.children() != null) {
                if (!(value instanceof Map<?, ?> object)) {
                    return null;
                }
                Object completed = completeObject(field.children(), field.objectType(), object,
                        key == null ? parent.index(index) : parent.key(key));
                return completed == BUBBLE ? null : completed;
            }
            return value;
        }

        private void nonNullViolation(PField field, ResponsePath path) {
            List<Object> at = path.toList();
            if (errors != null) {
                for (Map<String, Object> error : errors) {
                    if (error.get("path") instanceof List<?> p && p.size() >= at.size() && p.subList(0, at.size()).equals(at)) {
                        return; // already explained
                    }
                }
            }
            error("Cannot return null for non-nullable field " + field.name(), at, "NON_NULL_VIOLATION", null);
        }
    }

    private static final Object BUBBLE = new Object();

    private static DownstreamFailure failure(Throwable cause) {
        return cause instanceof DownstreamFailure failure
                ? failure
                : new DownstreamFailure(DownstreamFailure.SERVICE_UNAVAILABLE, String.valueOf(cause.getMessage()));
    }

    @SuppressWarnings("unchecked")
    private static void collect(Object node, List<String> path, int at, ResponsePath where,
            List<Map<String, Object>> objects, List<ResponsePath> paths) {
        if (node instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                collect(list.get(i), path, at, where.index(i), objects, paths);
            }
        } else if (node instanceof Map<?, ?> map) {
            if (at == path.size()) {
                objects.add((Map<String, Object>) map);
                paths.add(where);
            } else {
                String key = path.get(at);
                collect(map.get(key), path, at + 1, where.key(key), objects, paths);
            }
        }
    }
}
