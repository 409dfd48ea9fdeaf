package org.flotilla.console.ui.internal.hosts;

import java.util.function.Function;

import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;

/** Adds text columns to the servers wizards' tables. */
final class Columns {

	private Columns() {
	}

	/** A column titled {@code title}, {@code width} pixels wide, showing {@code text} of each row (null shows nothing). */
	@SuppressWarnings("unchecked")
	static <T> TableViewerColumn add(TableViewer table, String title, int width, Function<T, String> text) {
		TableViewerColumn column = new TableViewerColumn(table, SWT.NONE);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				String value = text.apply((T) element);
				return value == null ? "" : value;
			}
		});
		return column;
	}
}
