package org.flotilla.protocol.internal;

import java.util.function.Function;

import org.apache.mina.core.service.IoHandler;
import org.apache.mina.core.session.IdleStatus;
import org.apache.mina.core.session.IoSession;
import org.apache.mina.filter.FilterEvent;

/**
 * The one handler of a connector or acceptor whose sessions each have their own handler (one
 * connector shared by many clients; one acceptor standing in for many agents in a load generator):
 * passes every event to the handler {@code handlerOf} finds for the session.
 */
public final class SessionDispatcher implements IoHandler {

	private final Function<IoSession, IoHandler> handlerOf;

	public SessionDispatcher(Function<IoSession, ? extends IoHandler> handlerOf) {
		this.handlerOf = handlerOf::apply;
	}

	@Override
	public void sessionCreated(IoSession session) throws Exception {
		handlerOf.apply(session).sessionCreated(session);
	}

	@Override
	public void sessionOpened(IoSession session) throws Exception {
		handlerOf.apply(session).sessionOpened(session);
	}

	@Override
	public void sessionClosed(IoSession session) throws Exception {
		handlerOf.apply(session).sessionClosed(session);
	}

	@Override
	public void sessionIdle(IoSession session, IdleStatus status) throws Exception {
		handlerOf.apply(session).sessionIdle(session, status);
	}

	@Override
	public void exceptionCaught(IoSession session, Throwable cause) throws Exception {
		handlerOf.apply(session).exceptionCaught(session, cause);
	}

	@Override
	public void messageReceived(IoSession session, Object message) throws Exception {
		handlerOf.apply(session).messageReceived(session, message);
	}

	@Override
	public void messageSent(IoSession session, Object message) throws Exception {
		handlerOf.apply(session).messageSent(session, message);
	}

	@Override
	public void inputClosed(IoSession session) throws Exception {
		handlerOf.apply(session).inputClosed(session);
	}

	@Override
	public void event(IoSession session, FilterEvent event) throws Exception {
		handlerOf.apply(session).event(session, event);
	}
}
