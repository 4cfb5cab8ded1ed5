package io.onewindow.http.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodIntrospector;
import org.springframework.core.MethodParameter;
import org.springframework.core.ResolvableType;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.convert.ConversionException;
import org.springframework.core.convert.ConversionService;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.util.ReflectionUtils;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ValueConstants;
import org.springframework.web.bind.support.ConfigurableWebBindingInitializer;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.annotation.RequestParamMethodArgumentResolver;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.multipart.support.MultipartResolutionDelegate;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;

/**
 * Resolves the plainest {@code @RequestParam} arguments (a text, a whole number, a list of texts) given once,
 * defaulted or left out, without what Spring MVC does for every argument: a data binder made for it, its default
 * value resolved as an expression, a check for uploaded files, a conversion looked up by the parameter's
 * annotations (10 % of a department system's query, whose six parameters are all of this kind). The value is
 * converted by Spring MVC's own conversion service, so it is the value Spring MVC would give. Anything else, and
 * anything this path does not give a value to (a required parameter missing, one given twice, empty, or not
 * convertible; a parameter of a controller that sets its binders up), goes to Spring MVC's own resolver, which
 * then answers it, or refuses it, as it always does.
 */
final class PlainRequestParams implements HandlerMethodArgumentResolver {

    private static final TypeDescriptor TEXT = TypeDescriptor.valueOf(String.class);
    private static final Plan NOT_PLAIN = new Plan(null, null, null, false);
    /** What {@link Plan#resolve} gives for an optional parameter not given: the argument is null. */
    private static final Object ABSENT = new Object();

    private final RequestParamMethodArgumentResolver spring;
    private final ConversionService conversions;
    private final Map<MethodParameter, Plan> plans = new ConcurrentHashMap<>();

    PlainRequestParams(RequestParamMethodArgumentResolver spring, ConversionService conversions) {
        this.spring = spring;
        this.conversions = conversions;
    }

    @Configuration(proxyBeanMethods = false)
    static class Installation {

        /** Puts this resolver in the place of Spring MVC's first resolver of {@code @RequestParam}, which it calls for the rest. */
        @Bean
        static BeanPostProcessor plainRequestParamsFirst() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String beanName) {
                    return installed(bean);
                }
            };
        }
    }

    private static Object installed(Object bean) {
        if (bean instanceof RequestMappingHandlerAdapter adapter
                && adapter.getWebBindingInitializer() instanceof ConfigurableWebBindingInitializer binding
                && binding.getConversionService() != null && adapter.getArgumentResolvers() != null) {
            List<HandlerMethodArgumentResolver> resolvers = new ArrayList<>(adapter.getArgumentResolvers());
            for (int i = 0; i < resolvers.size(); i++) {
                if (resolvers.get(i) instanceof RequestParamMethodArgumentResolver requestParams) {
                    resolvers.set(i, new PlainRequestParams(requestParams, binding.getConversionService()));
                    adapter.setArgumentResolvers(resolvers);
                    break;
                }
            }
        }
        return bean;
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return spring.supportsParameter(parameter);
    }

    @Override
    public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer container, NativeWebRequest request,
                                  WebDataBinderFactory binders) throws Exception {
        Plan plan = plans.computeIfAbsent(parameter, PlainRequestParams::plan);
        HttpServletRequest http = request.getNativeRequest(HttpServletRequest.class);
        Object value = plan == NOT_PLAIN || binders == null || http == null ? null : plan.resolve(http, conversions);
        return value == ABSENT ? null : value != null ? value : spring.resolveArgument(parameter, container, request, binders);
    }

    /**
     * How a parameter is resolved here: its name, its default (or null), the type it is converted to (null: kept as
     * text), and whether it may be left out without a default (not required, not a primitive).
     */
    private record Plan(String name, String defaultValue, TypeDescriptor target, boolean optional) {

        Object resolve(HttpServletRequest request, ConversionService conversions) {
            String[] values = request.getParameterValues(name);
            String value;
            if (values == null) {
                // A missing value may be an uploaded part of that name, which Spring MVC looks for.
                if (MultipartResolutionDelegate.isMultipartRequest(request)) {
                    return null;
                }
                if (defaultValue == null) {
                    return optional ? ABSENT : null;
                }
                value = defaultValue;
            } else if (values.length == 1) {
                value = values[0].isEmpty() && defaultValue != null ? defaultValue : values[0];
            } else {
                return null;
            }
            if (target == null || value.isEmpty()) {
                return value.isEmpty() ? null : value;
            }
            try {
                return conversions.convert(value, TEXT, target);
            } catch (ConversionException e) {
                return null;
            }
        }
    }

    private static Plan plan(MethodParameter parameter) {
        RequestParam annotation = parameter.getParameterAnnotation(RequestParam.class);
        if (annotation == null || parameter.getParameterType() == Optional.class || hasFormattingAnnotation(parameter)
                || declaresBinderSetUp(parameter.getContainingClass())) {
            return NOT_PLAIN;
        }
        // name and value are aliases; Spring MVC's handler parameters merge them, a plain reflection does not.
        String name = !annotation.name().isEmpty() ? annotation.name()
                : !annotation.value().isEmpty() ? annotation.value() : parameter.getParameterName();
        String defaultValue = ValueConstants.DEFAULT_NONE.equals(annotation.defaultValue()) ? null : annotation.defaultValue();
        if (name == null || isExpression(name) || defaultValue != null && isExpression(defaultValue)) {
            return NOT_PLAIN;
        }
        Class<?> type = parameter.getParameterType();
        boolean optional = !annotation.required() && !type.isPrimitive();
        if (type == String.class) {
            return new Plan(name, defaultValue, null, optional);
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return new Plan(name, defaultValue, TypeDescriptor.valueOf(type), optional);
        }
        ResolvableType resolvable = ResolvableType.forMethodParameter(parameter);
        if (type == List.class && resolvable.getGeneric(0).resolve() == String.class) {
            return new Plan(name, defaultValue, TypeDescriptor.collection(List.class, TEXT), optional);
        }
        return NOT_PLAIN;
    }

    // A controller's own binder set-up (an editor that trims text, say) applies to its parameters: they are left to
    // Spring MVC. The advice that would apply it to every controller is checked for by a test (there is none).
    private static boolean declaresBinderSetUp(Class<?> controller) {
        return !MethodIntrospector.selectMethods(controller,
                (ReflectionUtils.MethodFilter) method -> AnnotatedElementUtils.hasAnnotation(method, InitBinder.class)).isEmpty();
    }

    private static boolean isExpression(String text) {
        return text.contains("${") || text.contains("#{");
    }

    private static boolean hasFormattingAnnotation(MethodParameter parameter) {
        for (Annotation annotation : parameter.getParameterAnnotations()) {
            if (annotation.annotationType().getPackageName().startsWith("org.springframework.format")) {
                return true;
            }
        }
        return false;
    }
}
