/** The app as it is deployed: the production jar built and started as an operator would. */
package no.oslo.samarbeidsplakaten.deployment;
