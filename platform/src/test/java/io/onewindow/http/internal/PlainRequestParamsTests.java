package io.onewindow.http.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.annotation.SynthesizingMethodParameter;
import org.springframework.format.annotation.NumberFormat;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.util.ReflectionUtils;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.support.ConfigurableWebBindingInitializer;
import org.springframework.web.bind.support.DefaultDataBinderFactory;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.method.annotation.RequestParamMethodArgumentResolver;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;

/**
 * The plain request parameters give every argument Spring MVC's own resolver gives, or the same refusal, with the
 * application's conversion service: for texts, whole numbers and lists of texts, required or not, with defaults,
 * given once, twice, empty, padded, in hexadecimal, out of range or not numbers at all.
 */
@SpringBootTest
class PlainRequestParamsTests {

    @Autowired
    RequestMappingHandlerAdapter adapter;

    @Autowired
    ApplicationContext context;

    @SuppressWarnings("unused")
    static void declarations(@RequestParam String text, @RequestParam(required = false) String optionalText,
                             @RequestParam(defaultValue = "x") String textWithDefault, @RequestParam(value = "alias", required = false) String named,
                             @RequestParam int number, @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") Integer size,
                             @RequestParam(required = false) Integer optionalNumber, @RequestParam(required = false) int optionalPrimitive,
                             @RequestParam long big, @RequestParam(required = false) Long optionalBig,
                             @RequestParam(required = false) List<String> items, @RequestParam List<String> requiredItems,
                             @RequestParam(defaultValue = "a,b") List<String> itemsWithDefault,
                             @RequestParam(required = false) Optional<String> maybe, @RequestParam(required = false) Boolean flag,
                             @RequestParam(required = false) @NumberFormat(pattern = "#,##0") Integer formatted,
                             @RequestParam(defaultValue = "${no.such.key:7}") int placeholder) {
    }

    @Test
    void everyArgumentIsWhatSpringMvcsOwnResolverGivesOrTheSameRefusal() throws Exception {
        PlainRequestParams plain = installed();
        // Spring MVC's other resolver of request parameters (for those not annotated), made with the same bean factory.
        HandlerMethodArgumentResolver spring = adapter.getArgumentResolvers().stream()
                .filter(r -> r.getClass() == RequestParamMethodArgumentResolver.class).findFirst().orElseThrow();
        ConfigurableWebBindingInitializer binding = (ConfigurableWebBindingInitializer) adapter.getWebBindingInitializer();
        WebDataBinderFactory binders = new DefaultDataBinderFactory(binding);
        Method method = PlainRequestParamsTests.class.getDeclaredMethod("declarations", String.class, String.class, String.class, String.class,
                int.class, int.class, Integer.class, Integer.class, int.class, long.class, Long.class, List.class, List.class, List.class,
                Optional.class, Boolean.class, Integer.class, int.class);
        List<String[]> givens = new ArrayList<>();
        givens.add(null);
        for (String value : List.of("", " ", "5", " 5 ", "-3", "0x1F", "#10", "007", "abc", "2147483648", "99999999999999999999", "1.5",
                "a,b", " a , b ", ",", "a,,b", "中文", "1,000")) {
            givens.add(new String[] {value});
        }
        givens.add(new String[] {"1", "2"});
        givens.add(new String[] {"a,b", "c"});
        givens.add(new String[] {"", ""});
        List<String> differing = new ArrayList<>();
        int compared = 0;
        for (int index = 0; index < method.getParameterCount(); index++) {
            for (String[] given : givens) {
                for (boolean multipart : List.of(false, true)) {
                    MethodParameter parameter = parameter(method, index);
                    String name = parameter.getParameterName().equals("named") ? "alias" : parameter.getParameterName();
                    String ours = outcome(plain, parameter, request(name, given, multipart), binders);
                    String springs = outcome(spring, parameter, request(name, given, multipart), binders);
                    compared++;
                    if (!ours.equals(springs)) {
                        differing.add(name + "=" + (given == null ? "(absent)" : List.of(given)) + (multipart ? " multipart" : "")
                                + ": ours " + ours + ", Spring MVC's " + springs);
                    }
                }
            }
        }
        assertThat(compared).isGreaterThan(700);
        assertThat(differing).isEmpty();
    }

    @Test
    void aPlainArgumentGivenOnceOrDefaultedIsResolvedWithoutSpringMvcsResolver() throws Exception {
        List<String> askedOfSpring = new ArrayList<>();
        RequestParamMethodArgumentResolver counting = new RequestParamMethodArgumentResolver(null, false) {
            @Override
            protected Object resolveName(String name, MethodParameter parameter, org.springframework.web.context.request.NativeWebRequest request)
                    throws Exception {
                askedOfSpring.add(name);
                return super.resolveName(name, parameter, request);
            }
        };
        ConfigurableWebBindingInitializer binding = (ConfigurableWebBindingInitializer) adapter.getWebBindingInitializer();
        PlainRequestParams plain = new PlainRequestParams(counting, binding.getConversionService());
        WebDataBinderFactory binders = new DefaultDataBinderFactory(binding);
        Method method = PlainRequestParamsTests.class.getDeclaredMethod("declarations", String.class, String.class, String.class, String.class,
                int.class, int.class, Integer.class, Integer.class, int.class, long.class, Long.class, List.class, List.class, List.class,
                Optional.class, Boolean.class, Integer.class, int.class);
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
        request.addParameter("text", "中文");
        request.addParameter("number", "12");
        request.addParameter("items", "name,phone");
        ServletWebRequest web = new ServletWebRequest(request);

        assertThat(plain.resolveArgument(parameter(method, 0), null, web, binders)).isEqualTo("中文");
        assertThat(plain.resolveArgument(parameter(method, 4), null, web, binders)).isEqualTo(12);
        assertThat(plain.resolveArgument(parameter(method, 5), null, web, binders)).isEqualTo(0);
        assertThat(plain.resolveArgument(parameter(method, 6), null, web, binders)).isEqualTo(20);
        assertThat(plain.resolveArgument(parameter(method, 11), null, web, binders)).isEqualTo(List.of("name", "phone"));
        assertThat(askedOfSpring).isEmpty();

        assertThat(plain.resolveArgument(parameter(method, 7), null, web, binders)).isNull();
        assertThat(plain.resolveArgument(parameter(method, 1), null, web, binders)).isNull();
        assertThat(askedOfSpring).as("an optional parameter left out").isEmpty();

        assertThat(plain.resolveArgument(parameter(method, 15), null, web, binders)).isNull();
        assertThatThrownBy(() -> plain.resolveArgument(parameter(method, 8), null, web, binders)).isInstanceOf(IllegalStateException.class);
        assertThat(askedOfSpring).as("a yes/no, and a primitive left out, left to Spring MVC")
                .containsExactly("flag", "optionalPrimitive");

        MethodParameter trimmed = parameter(TrimmingController.class.getDeclaredMethod("find", String.class), 0);
        assertThat(plain.resolveArgument(trimmed, null, web, binders)).isEqualTo("中文");
        assertThat(askedOfSpring).as("the parameter of a controller that sets its binders up, left to Spring MVC").endsWith("text");
    }

    @SuppressWarnings("unused")
    static class TrimmingController {
        @InitBinder
        void trimText(org.springframework.web.bind.WebDataBinder binder) {
            binder.registerCustomEditor(String.class, new org.springframework.beans.propertyeditors.StringTrimmerEditor(true));
        }

        void find(@RequestParam String text) {
        }
    }

    @Test
    void noAdviceSetsUpTheBindersOfEveryController() {
        // Such a set-up (an editor trimming every text, say) would apply to the arguments resolved here without a binder.
        List<String> setUps = new ArrayList<>();
        for (Object advice : context.getBeansWithAnnotation(ControllerAdvice.class).values()) {
            ReflectionUtils.doWithMethods(AopUtils.getTargetClass(advice), method -> {
                if (AnnotatedElementUtils.hasAnnotation(method, InitBinder.class)) {
                    setUps.add(method.toString());
                }
            });
        }
        assertThat(setUps).isEmpty();
    }

    // As Spring MVC's handler methods give them: name and value merged as aliases.
    private static MethodParameter parameter(Method method, int index) {
        MethodParameter parameter = new SynthesizingMethodParameter(method, index);
        parameter.initParameterNameDiscovery(new DefaultParameterNameDiscoverer());
        return parameter;
    }

    private PlainRequestParams installed() {
        List<HandlerMethodArgumentResolver> resolvers = adapter.getArgumentResolvers();
        assertThat(resolvers).isNotNull();
        List<Class<?>> requestParams = resolvers.stream().map(Object::getClass)
                .filter(c -> c == PlainRequestParams.class || c == RequestParamMethodArgumentResolver.class).<Class<?>>map(c -> c).toList();
        assertThat(requestParams).as("Spring MVC's first resolver of @RequestParam replaced, the other (for parameters not annotated) kept")
                .containsExactly(PlainRequestParams.class, RequestParamMethodArgumentResolver.class);
        return resolvers.stream().filter(PlainRequestParams.class::isInstance).map(PlainRequestParams.class::cast).findFirst().orElseThrow();
    }

    private static MockHttpServletRequest request(String name, String[] values, boolean multipart) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
        if (values != null) {
            request.addParameter(name, values);
        }
        if (multipart) {
            request.setMethod("POST");
            request.setContentType("multipart/form-data; boundary=x");
        }
        return request;
    }

    private static String outcome(HandlerMethodArgumentResolver resolver, MethodParameter parameter, MockHttpServletRequest request,
                                  WebDataBinderFactory binders) {
        try {
            Object value = resolver.resolveArgument(parameter, null, new ServletWebRequest(request), binders);
            return value == null ? "null" : value.getClass().getName() + " " + describe(value);
        } catch (Exception e) {
            return e.getClass().getName() + ": " + e.getMessage();
        }
    }

    private static String describe(Object value) {
        if (value instanceof List<?> list) {
            Map<String, Object> described = new LinkedHashMap<>();
            described.put("size", list.size());
            described.put("elements", list.stream().map(e -> e == null ? "null" : e.getClass().getSimpleName() + ":" + e).toList());
            return described.toString();
        }
        return Objects.toString(value);
    }
}
