package io.onewindow.audit.internal;

import io.onewindow.kernel.audit.Auditable;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Notes, for the page that answers a request, the ids of the auditable events the request caused, so the
 * page can show their receipts; kept in the flash map as well for the page after a redirect. Only events
 * that committed count.
 */
@Component
public class ReceiptCollector {

    static final String ATTRIBUTE = ReceiptCollector.class.getName() + ".receipts";

    @TransactionalEventListener(fallbackExecution = true)
    void on(Auditable event) {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        if (!(attributes instanceof ServletRequestAttributes servlet)) {
            return;
        }
        HttpServletRequest request = servlet.getRequest();
        List<UUID> receipts = receipts(request);
        receipts.add(event.trace().id());
        var flash = RequestContextUtils.getOutputFlashMap(request);
        if (flash != null) {
            flash.put("receipts", List.copyOf(receipts));
        }
    }

    @SuppressWarnings("unchecked")
    public static List<UUID> receipts(HttpServletRequest request) {
        Object stored = request.getAttribute(ATTRIBUTE);
        if (stored instanceof List<?> list) {
            return (List<UUID>) list;
        }
        List<UUID> receipts = new ArrayList<>();
        request.setAttribute(ATTRIBUTE, receipts);
        return receipts;
    }
}
