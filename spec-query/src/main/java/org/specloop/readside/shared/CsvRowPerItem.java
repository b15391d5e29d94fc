package org.specloop.readside.shared;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a record component that is a list of records: CSV writes one row per item of the list (the
 * other columns repeated), with the item's components as columns in place of the list. Without it
 * a list of records is one cell of JSON, so that a row stays one row of what the API lists.
 */
@Target(ElementType.RECORD_COMPONENT)
@Retention(RetentionPolicy.RUNTIME)
public @interface CsvRowPerItem {
}
