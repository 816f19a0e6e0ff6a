// The same form as logging an interview.
export { default } from "../../new/loading";
