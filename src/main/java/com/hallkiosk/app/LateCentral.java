package com.hallkiosk.app;

import com.hallkiosk.business.BusinessException;
import com.hallkiosk.business.BusinessSystem;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;

/**
 * The central as the items see it before it can be reached: the demo's central comes up after home is
 * painted, and until {@link #arrived} every call is {@link BusinessException.Unavailable}, which the items
 * put in words (the central cannot be reached, go to a window); then every call goes to it. One forwarding
 * proxy rather than a class that repeats the port's two dozen methods.
 */
final class LateCentral implements InvocationHandler {
    private volatile BusinessSystem central;

    /** The port the items are given. */
    BusinessSystem port() {
        return (BusinessSystem) Proxy.newProxyInstance(BusinessSystem.class.getClassLoader(),
                new Class<?>[] {BusinessSystem.class}, this);
    }

    void arrived(BusinessSystem reachable) {
        central = reachable;
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] arguments) throws Throwable {
        if (method.getDeclaringClass() == Object.class) {
            return switch (method.getName()) {
                case "equals" -> proxy == arguments[0];
                case "hashCode" -> System.identityHashCode(proxy);
                default -> "LateCentral[" + (central == null ? "not up yet" : central) + "]";
            };
        }
        BusinessSystem now = central;
        if (now == null) {
            throw new BusinessException.Unavailable("the central is not up yet", null);
        }
        try {
            return method.invoke(now, arguments);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
