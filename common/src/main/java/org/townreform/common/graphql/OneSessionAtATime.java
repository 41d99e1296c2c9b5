package org.townreform.common.graphql;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.interceptor.InterceptorBinding;

/**
 * On a {@code @GraphQLApi} class: its resolvers that read the database run one at a time within a request, in the
 * order GraphQL asked for them ({@link ResolverLane}). Every GraphQL API class of a service carries it, so any
 * combination of fields is a valid query; a test per service checks that none is missing.
 */
@InterceptorBinding
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface OneSessionAtATime {
}
