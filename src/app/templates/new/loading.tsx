// The same editor as a saved template's.
export { default } from "../[id]/loading";
