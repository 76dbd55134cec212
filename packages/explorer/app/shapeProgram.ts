// A sigma node program that draws each node as one of SHAPES (by its `shape` attribute), so node
// kinds differ in shape as well as colour. Modelled on sigma's NodeCircleProgram: one triangle per
// node around its disc, and a fragment shader that keeps the pixels inside the shape's signed
// distance function (Inigo Quilez's 2D SDFs), antialiased on a two-pixel border. Picking (which
// node is under the mouse) runs the same shader with PICKING_MODE, so clicks follow the shapes.
import type { Attributes } from "graphology-types";
import { NodeProgram, type ProgramInfo } from "sigma/rendering";
import type { NodeDisplayData, RenderParams } from "sigma/types";
import { floatColor } from "sigma/utils";

const UNIFORMS = ["u_sizeRatio", "u_correctionRatio", "u_matrix"] as const;

const VERTEX_SHADER = /* glsl */ `
attribute vec4 a_id;
attribute vec4 a_color;
attribute vec2 a_position;
attribute float a_size;
attribute float a_shape;
attribute float a_angle;

uniform mat3 u_matrix;
uniform float u_sizeRatio;
uniform float u_correctionRatio;

varying vec4 v_color;
varying vec2 v_diffVector;
varying float v_radius;
varying float v_shape;

const float bias = 255.0 / 254.0;

void main() {
  float size = a_size * u_correctionRatio / u_sizeRatio * 4.0;
  vec2 diffVector = size * vec2(cos(a_angle), sin(a_angle));
  vec2 position = a_position + diffVector;
  gl_Position = vec4((u_matrix * vec3(position, 1)).xy, 0, 1);
  v_diffVector = diffVector;
  v_radius = size / 2.0;
  v_shape = a_shape;
  #ifdef PICKING_MODE
  v_color = a_id;
  #else
  v_color = a_color;
  #endif
  v_color.a *= bias;
}
`;

const FRAGMENT_SHADER = /* glsl */ `
precision highp float;

varying vec4 v_color;
varying vec2 v_diffVector;
varying float v_radius;
varying float v_shape;

uniform float u_correctionRatio;

const vec4 transparent = vec4(0.0, 0.0, 0.0, 0.0);

float sdBox(vec2 p, float r) {
  vec2 d = abs(p) - vec2(r);
  return length(max(d, 0.0)) + min(max(d.x, d.y), 0.0);
}
float sdTriangle(vec2 p, float r) {
  const float k = 1.7320508;
  p.x = abs(p.x) - r;
  p.y = p.y + r / k;
  if (p.x + k * p.y > 0.0) p = vec2(p.x - k * p.y, -k * p.x - p.y) / 2.0;
  p.x -= clamp(p.x, -2.0 * r, 0.0);
  return -length(p) * sign(p.y);
}
float sdHexagon(vec2 p, float r) {
  const vec3 k = vec3(-0.8660254, 0.5, 0.5773503);
  p = abs(p);
  p -= 2.0 * min(dot(k.xy, p), 0.0) * k.xy;
  p -= vec2(clamp(p.x, -k.z * r, k.z * r), r);
  return length(p) * sign(p.y);
}

// Distance to the shape's edge in units of the node's radius: negative inside.
float sdShape(vec2 p, float shape) {
  if (shape < 0.5) return length(p) - 1.0;
  if (shape < 1.5) return sdBox(p, 0.8);
  if (shape < 2.5) return (abs(p.x) + abs(p.y) - 1.0) * 0.7071068;
  if (shape < 3.5) return sdTriangle(p - vec2(0.0, 0.12), 0.95);
  if (shape < 4.5) return sdHexagon(p, 0.86);
  if (shape < 5.5) return abs(length(p) - 0.72) - 0.28;
  return min(sdBox(p * vec2(1.0, 2.6), 0.9) / 2.6, sdBox(p * vec2(2.6, 1.0), 0.9) / 2.6);
}

void main(void) {
  float border = u_correctionRatio * 2.0;
  float dist = sdShape(v_diffVector / v_radius, v_shape) * v_radius + border;
  #ifdef PICKING_MODE
  gl_FragColor = dist > border ? transparent : v_color;
  #else
  float t = 0.0;
  if (dist > border) t = 1.0;
  else if (dist > 0.0) t = dist / border;
  gl_FragColor = mix(v_color, transparent, t);
  #endif
}
`;

/** The display data sigma hands the program, with this program's own attribute. */
type ShapeDisplayData = NodeDisplayData & { shape?: number };

export class NodeShapeProgram<
  N extends Attributes = Attributes,
  E extends Attributes = Attributes,
  G extends Attributes = Attributes,
> extends NodeProgram<(typeof UNIFORMS)[number], N, E, G> {
  getDefinition() {
    const { UNSIGNED_BYTE, FLOAT, TRIANGLES } = WebGLRenderingContext;
    return {
      VERTICES: 3,
      VERTEX_SHADER_SOURCE: VERTEX_SHADER,
      FRAGMENT_SHADER_SOURCE: FRAGMENT_SHADER,
      METHOD: TRIANGLES,
      UNIFORMS,
      ATTRIBUTES: [
        { name: "a_position", size: 2, type: FLOAT },
        { name: "a_size", size: 1, type: FLOAT },
        { name: "a_shape", size: 1, type: FLOAT },
        { name: "a_color", size: 4, type: UNSIGNED_BYTE, normalized: true },
        { name: "a_id", size: 4, type: UNSIGNED_BYTE, normalized: true },
      ],
      CONSTANT_ATTRIBUTES: [{ name: "a_angle", size: 1, type: FLOAT }],
      CONSTANT_DATA: [[0], [(2 * Math.PI) / 3], [(4 * Math.PI) / 3]],
    };
  }

  processVisibleItem(nodeIndex: number, startIndex: number, data: ShapeDisplayData): void {
    const array = this.array;
    let i = startIndex;
    array[i++] = data.x;
    array[i++] = data.y;
    array[i++] = data.size;
    array[i++] = data.shape ?? 0;
    array[i++] = floatColor(data.color);
    array[i++] = nodeIndex;
  }

  setUniforms(params: RenderParams, { gl, uniformLocations }: ProgramInfo): void {
    const { u_sizeRatio, u_correctionRatio, u_matrix } = uniformLocations;
    gl.uniform1f(u_correctionRatio ?? null, params.correctionRatio);
    gl.uniform1f(u_sizeRatio ?? null, params.sizeRatio);
    gl.uniformMatrix3fv(u_matrix ?? null, false, params.matrix);
  }
}
