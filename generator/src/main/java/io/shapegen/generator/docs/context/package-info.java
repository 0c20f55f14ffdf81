/**
 * The template context of the Markdown docs: plain immutable records that the Velocity templates read with
 * record-style accessors ({@code $operation.methodName} calls {@code methodName()}). Fields documented as
 * "Markdown" are already rendered and escaped and can be written as they are; names are Java identifiers;
 * links ({@code href}) are relative to the service's docs folder, so templates write {@code ${page.root}${x.href}}.
 * docs/templates.md lists every object and field.
 */
package io.shapegen.generator.docs.context;
